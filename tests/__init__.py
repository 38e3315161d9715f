"""CallBot Desktop's tests: unit/ mirrors the package, integration/ uses real components, ui/ is Qt."""
