"""Interface language: install the app's and Qt's own translations for ``ui.language``.

``i18n/callbot_<lang>.qm`` files are built from the ``.ts`` sources by
``python -m callbot_desktop.ui.build_translations``. English is the source language, so it needs
no file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from callbot_desktop.ui.resources import i18n_dir

SOURCE_LANGUAGE = "en"
_TRANSLATOR_NAME = "callbotTranslator"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language code for a ``ui.language`` value: ``"system"`` asks the system locale."""
    if setting and setting != "system":
        return setting
    locale = system if system is not None else QLocale.system()
    return locale.name().split("_")[0] or SOURCE_LANGUAGE


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator an earlier :func:`install_translator` put in."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def install_translator(
    app: QCoreApplication,
    language_setting: str,
    directory: Path | None = None,
    system: QLocale | None = None,
) -> str | None:
    """Install the translations for ``language_setting``; the language now in effect, or None.

    Returns the code whose ``callbot_<code>.qm`` was loaded, ``"en"`` for English (nothing to
    load), or None when that language has no translation file (the interface stays English).
    Qt's own ``qtbase_<code>.qm`` (standard dialogs and buttons) is loaded too when Qt ships it.
    Widgets must set their texts again afterwards (a LanguageChange event is sent to them).
    """
    remove_translators(app)
    language = resolve_language(language_setting, system)
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    folder = directory if directory is not None else i18n_dir()
    loaded = _install(app, f"callbot_{language}", folder)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _install(app, f"qtbase_{language}", qt_folder)
    return language if loaded else None


def _install(app: QCoreApplication, name: str, folder: Path) -> bool:
    path = folder / f"{name}.qm"
    if not path.is_file():
        return False
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(str(path)):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    return True
