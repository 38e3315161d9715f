<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DeleteEverythingDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="72"/>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="73"/>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="76"/>
        <source>This deletes every conversation, voice note and persona you saved, and the key that encrypts them. It cannot be undone.

Type {0} to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="82"/>
        <source>Confirmation word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="86"/>
        <source>&amp;Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="88"/>
        <source>Delete everything, for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPassphraseProvider</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="217"/>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="70"/>
        <source>Export</source>
        <extracomment>The export ended: an ExportSummary, or the exception that stopped it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="78"/>
        <source>Save conversations to a file: JSON can be imported again, Markdown is easy to read. An encrypted export can be opened with the standard age tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="86"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="87"/>
        <source>JSON (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="88"/>
        <source>Markdown (easy to read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="90"/>
        <source>&amp;All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="91"/>
        <source>Export all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="93"/>
        <location filename="../callbot_desktop/ui/export_panel.py" line="182"/>
        <source>Only the &amp;selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="94"/>
        <source>Export only the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="105"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="106"/>
        <source>None: a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="107"/>
        <source>age, with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="108"/>
        <source>age, for public keys (recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="109"/>
        <source>Export passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="110"/>
        <source>Export passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="113"/>
        <source>age public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="114"/>
        <source>age1… (several: separate with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="118"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="119"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="120"/>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="121"/>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="122"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="125"/>
        <source>Conversations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="128"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="130"/>
        <source>Export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="132"/>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="133"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="143"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="147"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="193"/>
        <source>Only the &amp;selected conversation (“{0}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="214"/>
        <source>The two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="214"/>
        <source>type the same one twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="230"/>
        <source>Encrypted files (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="230"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="232"/>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="253"/>
        <source>The export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="253"/>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="269"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="282"/>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="297"/>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="299"/>
        <source>Exported 1 conversation ({1} messages{2}) to {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="301"/>
        <source>Exported {0} conversations ({1} messages{2}) to {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="304"/>
        <source>Folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="307"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="158"/>
        <source>The push-to-talk key is empty; for example: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="174"/>
        <source>Unknown key {key!r} in {text!r}; use names such as &lt;space&gt;, &lt;f9&gt; or a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="183"/>
        <source>{text!r} names two keys; use modifiers and one key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="191"/>
        <source>{text!r} has only modifiers; add a key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="284"/>
        <source>No global hotkey: there is no X display (DISPLAY is not set) and no Wayland session. The key still works while the window has focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="375"/>
        <source>No global hotkey: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="412"/>
        <source>Push to talk (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="457"/>
        <source>The push-to-talk key sequence is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="541"/>
        <source>No global hotkey: the Python package jeepney is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="547"/>
        <source>No global hotkey: no D-Bus session bus for the desktop portal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="568"/>
        <source>The global push-to-talk shortcut stopped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="602"/>
        <source>the desktop declined the shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="37"/>
        <source>CallBot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="43"/>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="47"/>
        <source>Your private voice assistant. Speech is recognised on this computer, and every conversation is kept encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="52"/>
        <source>About this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="54"/>
        <source>&amp;Check this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="56"/>
        <source>Check this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="58"/>
        <source>Look for a microphone, speaker, models, keyring and Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="65"/>
        <source>Health check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="67"/>
        <source>Press “Check this computer” to see what is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="83"/>
        <source>Ready. Your data is in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="91"/>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="104"/>
        <source>Everything essential works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="106"/>
        <source>Some things need attention: see the fixes below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="53"/>
        <source>Unlock your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="54"/>
        <source>Protect your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="55"/>
        <source>Change the history passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="59"/>
        <source>There is no secure keyring on this computer, so your conversations are protected by a passphrase. Type it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="63"/>
        <source>There is no secure keyring on this computer. Choose a passphrase to protect your conversations; you will need it each time CallBot starts. It cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="68"/>
        <source>Type the passphrase you use now, then the new one twice. Your conversations stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="80"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="81"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="88"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="89"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="91"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="92"/>
        <source>Show the passphrase as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="141"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="148"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="150"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="118"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="134"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="126"/>
        <source>Who the assistant is: its instructions, model, voice and greeting. Built-in personas can be edited and reset; your own can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="136"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="136"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="138"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="138"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="434"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="141"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="141"/>
        <source>Import personas from a TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="144"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="144"/>
        <source>Export all personas to a TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="177"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="177"/>
        <source>A short name, e.g. Chef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="179"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="180"/>
        <source>Instructions: who the assistant is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="184"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="185"/>
        <source>Settings model ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="188"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="192"/>
        <source>Low: focused and repeatable. High: more varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="194"/>
        <source>Voice engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="196"/>
        <source>As in Settings ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="201"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="201"/>
        <source>Piper .onnx file or Edge voice; empty = Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="203"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="203"/>
        <source>e.g. en, de; empty = auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="204"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="204"/>
        <source>Said when a call starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="206"/>
        <source>Conversation starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="207"/>
        <source>One suggestion per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="214"/>
        <source>System &amp;prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="215"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="216"/>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="217"/>
        <source>Voice &amp;engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="218"/>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="219"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="220"/>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="221"/>
        <source>&amp;Starters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="223"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="223"/>
        <source>Save persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="226"/>
        <source>&amp;Reset to built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="227"/>
        <source>Reset to built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="231"/>
        <source>P&amp;review voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="231"/>
        <source>Preview voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="280"/>
        <source>  (built-in, edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="280"/>
        <source>  (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="347"/>
        <source>Fill in the new persona and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="370"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="378"/>
        <source>Deleted {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="390"/>
        <source>{0} is the built-in version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="399"/>
        <source>Imported personas from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="405"/>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="435"/>
        <source>Delete the persona {0}? Conversations with it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="442"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="448"/>
        <source>Import personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="442"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="457"/>
        <source>Personas (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <source>Replace personas that have the same name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="457"/>
        <source>Export personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="470"/>
        <source>Hello, I am {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="471"/>
        <source>your assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="474"/>
        <source>Speaking the greeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="484"/>
        <source>Played {0:.1f} s of speech.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="130"/>
        <source>Privacy</source>
        <extracomment>Apply-now finished: how many conversations were removed. The key was rotated, or its passphrase changed. Everything was deleted (the history is unavailable from now on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="138"/>
        <source>Your conversations stay on this computer, encrypted. Choose how long they are kept, what is recorded, and manage the key that protects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="175"/>
        <source>Keep conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="176"/>
        <source>&amp;Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="177"/>
        <source>Delete those not updated for (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="178"/>
        <source>Keep only the most recent (&amp;number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="181"/>
        <source>Keep conversations forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="182"/>
        <source>Delete conversations after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="183"/>
        <source>Keep only a number of recent conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="188"/>
        <source>Days to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="189"/>
        <source>Conversations to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>Pinned conversations are always kept. The policy runs hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="201"/>
        <source>&amp;Apply now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="201"/>
        <source>Apply the retention policy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="221"/>
        <source>What is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="223"/>
        <source>A&amp;nonymous mode: keep no record of conversations at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="225"/>
        <source>Anonymous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="226"/>
        <source>Keep my recorded &amp;voice with each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="227"/>
        <source>Keep voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="236"/>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="237"/>
        <source>Looking for the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="241"/>
        <source>&amp;Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="241"/>
        <source>Re-encrypt the history with a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="244"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="245"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="260"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="262"/>
        <source>Delete &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="263"/>
        <source>Delete every conversation and the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="268"/>
        <source>Deletes every conversation and forgets the key. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="319"/>
        <source>Conversations are kept forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="333"/>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="335"/>
        <source>Removed 1 conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="337"/>
        <source>Removed {0} conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="349"/>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="350"/>
        <source>The key is kept in your system keyring ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="353"/>
        <source>The key is protected by your passphrase, in {0}. There is no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="369"/>
        <source>Re-encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="372"/>
        <source>The history is now encrypted with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="387"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="390"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="424"/>
        <source>The history was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="425"/>
        <source>restart CallBot to begin a new, empty history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="428"/>
        <source>Everything was deleted, and the key forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="153"/>
        <source>Search</source>
        <extracomment>A result was activated: (conversation id, message id). Results of the current query are shown (their number; 0 for &quot;no results&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="161"/>
        <source>Find anything said in your conversations. Put a phrase in &quot;quotes&quot;, exclude a word with -word, or find either word with OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="169"/>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="170"/>
        <source>Search conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="172"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="178"/>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="180"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="181"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="390"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="182"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="390"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="183"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="391"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="186"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="187"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="407"/>
        <source>Any persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="188"/>
        <source>Order of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="189"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="190"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="191"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="193"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="194"/>
        <source>Past 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="195"/>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="196"/>
        <source>Past 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="197"/>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="201"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="202"/>
        <source>Until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="206"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="207"/>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="208"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="209"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="221"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="224"/>
        <source>Between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="229"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="270"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="316"/>
        <source>Type above to search every conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="327"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="343"/>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="357"/>
        <source>1 result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="359"/>
        <source>{0} results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="361"/>
        <source>Press Enter on one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="365"/>
        <source>No messages match “{0}”. Try fewer words, or other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="379"/>
        <source>The search failed ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="380"/>
        <source>try again; if it keeps failing, see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="409"/>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="119"/>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="120"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="121"/>
        <source>&amp;Hands-free (listen all the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="122"/>
        <source>Let my voice &amp;interrupt the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="123"/>
        <source>Shortest speech (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="124"/>
        <source>Pause that ends my turn (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="125"/>
        <source>Whisper &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="126"/>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="127"/>
        <source>Spoken &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="128"/>
        <source>Voice &amp;engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="129"/>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="130"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="131"/>
        <source>Ollama &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="132"/>
        <source>Ollama m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="133"/>
        <source>Push-to-talk &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="134"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="135"/>
        <source>Interface lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="136"/>
        <source>Start hidden in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="144"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="154"/>
        <source>Speech recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="155"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="156"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="159"/>
        <source>Shortcuts and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="165"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="173"/>
        <source>Changes are checked and saved at once. Hover over a setting to see what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="179"/>
        <source>Problem with a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="207"/>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="250"/>
        <source>Default: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="250"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="509"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="263"/>
        <source>&amp;Refresh devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="263"/>
        <source>Refresh device lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="266"/>
        <source>Test micro&amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="266"/>
        <source>Test microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="271"/>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="273"/>
        <source>Microphone test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="275"/>
        <source>Test spea&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="275"/>
        <source>Test speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="277"/>
        <source>Speaker test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="284"/>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="284"/>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="286"/>
        <source>Connection check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="384"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="416"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="385"/>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="418"/>
        <source>System default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="433"/>
        <source>Listening for {0:g} seconds: say something…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="458"/>
        <source>Almost nothing was heard (loudest {0:.0f} dB). Check that {1} is not muted, or choose another microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="464"/>
        <source>{0} works: loudest {1:.0f} dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="471"/>
        <source>Playing a beep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="487"/>
        <source>Played a beep on {0}. Did you hear it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="497"/>
        <source>Asking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="510"/>
        <source>Ollama {0} answers at {1}. Models: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="514"/>
        <source>The model {0} is not installed: run `ollama pull {0}`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="68"/>
        <source>&amp;Push to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="69"/>
        <source>&amp;Hands-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="70"/>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="71"/>
        <source>P&amp;ersona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="72"/>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="74"/>
        <source>CallBot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="75"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="86"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="87"/>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="88"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="89"/>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="90"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="100"/>
        <source>CallBot — {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
