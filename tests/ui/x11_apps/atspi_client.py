"""An AT-SPI client for the X11 tests: run by Debian's ``/usr/bin/python3`` (it has pyatspi).

It is a separate process from the app (whose GUI thread must stay free to answer D-Bus) and from
the test (whose virtualenv has no pyatspi), and it imports nothing but the standard library and
pyatspi. Each run does one thing and prints one JSON object on stdout:

``dump APP``
    ``{"found": bool, "nodes": [...]}``: every accessible object under the application named
    APP, with its role, name, description, states, text (for text roles) and path.
``type-and-press APP FIELD BUTTON TEXT``
    Put TEXT into the editable text field named FIELD (EditableText) and do the default action
    of the push button named BUTTON: ``{"typed": "...", "pressed": bool}``.

Exit status 0 when the application was found, 3 when it was not (the JSON still comes).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi

MAX_NODES = 5000
MAX_DEPTH = 60


def find_app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def text_of(node: Any) -> str | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, text.characterCount))


def walk(root: Any) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    stack: list[tuple[Any, list[int]]] = [(root, [])]
    while stack and len(nodes) < MAX_NODES:
        node, path = stack.pop()
        states = node.getState()
        record: dict[str, Any] = {
            "path": path,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        }
        if record["role"] in ("text", "entry", "label", "password text"):
            record["text"] = text_of(node)
        nodes.append(record)
        if len(path) < MAX_DEPTH:
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
            for index in reversed(range(len(children))):
                if children[index] is not None:
                    stack.append((children[index], [*path, index]))
    return nodes


def find(root: Any, role: int, name: str) -> Any:
    return pyatspi.findDescendant(root, lambda n: n.getRole() == role and n.name == name)


def type_and_press(app: Any, field_name: str, button_name: str, text: str) -> dict[str, Any]:
    field = find(app, pyatspi.ROLE_TEXT, field_name) or find(app, pyatspi.ROLE_ENTRY, field_name)
    if field is None:
        return {"error": f"no text field named {field_name!r}"}
    editable = field.queryEditableText()
    editable.setTextContents(text)
    typed = text_of(field)
    button = find(app, pyatspi.ROLE_PUSH_BUTTON, button_name)
    if button is None:
        return {"typed": typed, "error": f"no push button named {button_name!r}"}
    action = button.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = names.index("Press") if "Press" in names else 0
    return {"typed": typed, "actions": names, "pressed": bool(action.doAction(index))}


def main(argv: list[str]) -> int:
    command, app_name, *rest = argv
    app = find_app(app_name)
    if app is None:
        desktop = pyatspi.Registry.getDesktop(0)
        names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
        print(json.dumps({"found": False, "apps": names}))
        return 3
    if command == "dump":
        print(json.dumps({"found": True, "nodes": walk(app)}))
    elif command == "type-and-press":
        field_name, button_name, text = rest
        print(json.dumps({"found": True, **type_and_press(app, field_name, button_name, text)}))
    else:
        print(json.dumps({"error": f"unknown command {command!r}"}))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
