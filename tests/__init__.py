"""CallBot Desktop tests: unit/ mirrors the package, integration/ uses real components."""
