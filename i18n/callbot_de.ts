<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Bubble</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="58"/>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>You said</source>
        <translation>Sie sagten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>Assistant said</source>
        <translation>Der Assistent sagte</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="82"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="93"/>
        <source>Press and hold the talk button, or type below. Your words appear here.</source>
        <translation>Halten Sie die Sprechtaste gedrückt oder tippen Sie unten. Ihre Worte erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="377"/>
        <source>Welcome to CallBot</source>
        <translation>Willkommen bei CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="381"/>
        <source>CallBot is a voice assistant that runs on this computer. Before you start, here is what it keeps, and what (if anything) leaves this computer.</source>
        <translation>CallBot ist ein Sprachassistent, der auf diesem Computer läuft. Bevor Sie beginnen: Das speichert er, und das (wenn überhaupt) verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="389"/>
        <source>I &amp;understand how my conversations are kept and where they go</source>
        <translation>Ich habe &amp;verstanden, wie meine Gespräche gespeichert werden und wohin sie gehen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="391"/>
        <source>I understand</source>
        <translation>Ich habe verstanden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="397"/>
        <source>What is stored</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="400"/>
        <source>Your conversations (what you say and the answers) are kept on this computer only, encrypted. The key is kept in your system keyring; if there is no secure keyring, you choose a passphrase that protects it.</source>
        <translation>Ihre Gespräche (was Sie sagen und die Antworten) werden nur auf diesem Computer gespeichert, verschlüsselt. Der Schlüssel liegt im Schlüsselbund des Systems; gibt es keinen sicheren Schlüsselbund, wählen Sie eine Passphrase, die ihn schützt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="405"/>
        <source>Also keep recordings of my &amp;voice</source>
        <translation>Auch Aufnahmen meiner &amp;Stimme speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="406"/>
        <source>Keep voice recordings</source>
        <translation>Sprachaufnahmen speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="409"/>
        <source>&amp;Anonymous mode: keep no record of conversations at all</source>
        <translation>&amp;Anonymer Modus: überhaupt keine Gespräche aufzeichnen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="411"/>
        <source>Anonymous mode</source>
        <translation>Anonymer Modus</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="421"/>
        <source>What leaves this computer</source>
        <translation>Was diesen Computer verlässt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="424"/>
        <source>Nothing, unless you choose the online voices: they send the text to be spoken to Microsoft. The offline voice never sends anything.</source>
        <translation>Nichts, es sei denn, Sie wählen die Online-Stimmen: Sie senden den zu sprechenden Text an Microsoft. Die Offline-Stimme sendet nie etwas.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="428"/>
        <source>&amp;Offline voice (Piper), recommended</source>
        <translation>&amp;Offline-Stimme (Piper), empfohlen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="429"/>
        <source>Offline voice, Piper</source>
        <translation>Offline-Stimme, Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="431"/>
        <source>O&amp;nline voices (Microsoft Edge): the text to be spoken goes to Microsoft</source>
        <translation>O&amp;nline-Stimmen (Microsoft Edge): Der zu sprechende Text geht an Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="433"/>
        <source>Online voices, Microsoft Edge</source>
        <translation>Online-Stimmen, Microsoft Edge</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="50"/>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="51"/>
        <source>Filter conversations</source>
        <translation>Gespräche filtern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="56"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="61"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="63"/>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="100"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="117"/>
        <source>No conversations yet.</source>
        <translation>Noch keine Gespräche.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="142"/>
        <source>Conversation actions</source>
        <translation>Gesprächsaktionen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="144"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="145"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="160"/>
        <source>Delete conversation</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="161"/>
        <source>Delete “{0}” for good?</source>
        <translation>„{0}“ endgültig löschen?</translation>
    </message>
</context>
<context>
    <name>DeleteEverythingDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="74"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="75"/>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="78"/>
        <source>This deletes every conversation, voice note and persona you saved, and the key that encrypts them. It cannot be undone.

Type {0} to confirm.</source>
        <translation>Dadurch werden alle gespeicherten Gespräche, Sprachnotizen und Personas gelöscht, ebenso der Schlüssel, der sie verschlüsselt. Das lässt sich nicht rückgängig machen.

Geben Sie zur Bestätigung {0} ein.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="84"/>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="86"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="88"/>
        <source>&amp;Delete everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="90"/>
        <source>Delete everything, for good</source>
        <translation>Alles endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../callbot_desktop/app.py" line="269"/>
        <source>The new language shows everywhere after CallBot restarts.</source>
        <translation>Die neue Sprache erscheint überall nach einem Neustart von CallBot.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="308"/>
        <source>CallBot is still running</source>
        <translation>CallBot läuft weiter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="309"/>
        <source>It keeps listening for your push-to-talk key. Quit it from the tray menu.</source>
        <translation>Es wartet weiter auf Ihre Sprechtaste. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="121"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="124"/>
        <source>How each part of CallBot is doing, and how quickly it answers. These figures are computed on this computer from your history and never leave it.</source>
        <translation>Wie es jedem Teil von CallBot geht und wie schnell es antwortet. Diese Werte werden auf diesem Computer aus Ihrem Verlauf berechnet und verlassen ihn nie.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="131"/>
        <source>Component health</source>
        <translation>Zustand der Komponenten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="132"/>
        <source>Press “Check again” to test every component.</source>
        <translation>„Erneut prüfen“ testet alle Komponenten.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="133"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="134"/>
        <source>Check components again</source>
        <translation>Komponenten erneut prüfen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="136"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="137"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="139"/>
        <source>Versions, health and latency medians; no conversation text</source>
        <translation>Versionen, Zustand und Latenz-Mediane; kein Gesprächstext</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="142"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>Latency of recent voice turns</source>
        <translation>Latenz der letzten Sprachrunden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="152"/>
        <source>Voice turn (oldest to newest)</source>
        <translation>Sprachrunde (älteste bis neueste)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="160"/>
        <source>Latency summary</source>
        <translation>Latenz-Übersicht</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="162"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <source>Turns per day (last 30 days)</source>
        <translation>Runden pro Tag (letzte 30 Tage)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>Turns per persona</source>
        <translation>Runden pro Persona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="170"/>
        <source>Usage summary</source>
        <translation>Nutzungsübersicht</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="172"/>
        <source>Usage (stays on this computer)</source>
        <translation>Nutzung (bleibt auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="215"/>
        <source>Checking every component…</source>
        <translation>Alle Komponenten werden geprüft…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="244"/>
        <source>Usage appears once the history is open.</source>
        <translation>Die Nutzung erscheint, sobald der Verlauf geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="270"/>
        <source>No voice turns yet: talk to CallBot and the delays appear here.</source>
        <translation>Noch keine Sprachrunden: Sprechen Sie mit CallBot, dann erscheinen die Verzögerungen hier.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="275"/>
        <source>Median time from the end of your speech to the first audio: {0:.2f} s (last {1} voice turns).</source>
        <translation>Mittlere Zeit vom Ende Ihrer Rede bis zum ersten Ton: {0:.2f} s (letzte {1} Sprachrunden).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="291"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="305"/>
        <source>{0} replies in the last {1} days, {2} in all. Counted on this computer from your encrypted history; nothing is sent anywhere.</source>
        <translation>{0} Antworten in den letzten {1} Tagen, {2} insgesamt. Auf diesem Computer aus Ihrem verschlüsselten Verlauf gezählt; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="312"/>
        <source>Transcript ready</source>
        <translation>Transkript fertig</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="313"/>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="314"/>
        <source>First sentence</source>
        <translation>Erster Satz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="315"/>
        <source>First audio</source>
        <translation>Erster Ton</translation>
    </message>
</context>
<context>
    <name>DialogPassphraseProvider</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="217"/>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Diese Passphrase hat den Verlauf nicht entsperrt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../callbot_desktop/ui/bridge.py" line="183"/>
        <source>The voice engine is still starting…</source>
        <extracomment>Builds the engine (on the engine&apos;s thread: it may probe Ollama), given the event callback. component, done, detail, fraction (-1: unknown), error (&apos;&apos; when fine) a piece of the reply, as it is about to be spoken the reply is over; True when it was cut short conversation id (&apos;&apos; when anonymous), timings message, fix the engine is loaded and listening (or failed to start: error was emitted) the backend&apos;s model names, the one in use, and which backend answers (in words)</extracomment>
        <translation>Die Sprach-Engine startet noch…</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="72"/>
        <source>Export</source>
        <extracomment>The export ended: an ExportSummary, or the exception that stopped it.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="75"/>
        <source>Save conversations to a file: JSON can be imported again, Markdown is easy to read. An encrypted export can be opened with the standard age tool.</source>
        <translation>Gespräche in einer Datei speichern: JSON kann wieder importiert werden, Markdown ist gut lesbar. Ein verschlüsselter Export lässt sich mit dem Standardwerkzeug age öffnen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="83"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="84"/>
        <source>JSON (can be imported again)</source>
        <translation>JSON (wieder importierbar)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="85"/>
        <source>Markdown (easy to read)</source>
        <translation>Markdown (gut lesbar)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="87"/>
        <source>&amp;All conversations</source>
        <translation>&amp;Alle Gespräche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="88"/>
        <source>Export all conversations</source>
        <translation>Alle Gespräche exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="90"/>
        <location filename="../callbot_desktop/ui/export_panel.py" line="179"/>
        <source>Only the &amp;selected conversation</source>
        <translation>Nur das a&amp;usgewählte Gespräch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="91"/>
        <source>Export only the selected conversation</source>
        <translation>Nur das ausgewählte Gespräch exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="102"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="103"/>
        <source>None: a readable file</source>
        <translation>Keine: eine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="104"/>
        <source>age, with a passphrase</source>
        <translation>age, mit einer Passphrase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="105"/>
        <source>age, for public keys (recipients)</source>
        <translation>age, für öffentliche Schlüssel (Empfänger)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="106"/>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="107"/>
        <source>Export passphrase again</source>
        <translation>Export-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="110"/>
        <source>age public keys</source>
        <translation>Öffentliche age-Schlüssel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="111"/>
        <source>age1… (several: separate with spaces)</source>
        <translation>age1… (mehrere durch Leerzeichen trennen)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="115"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="116"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="117"/>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="118"/>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="119"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="122"/>
        <source>Conversations:</source>
        <translation>Gespräche:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="125"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="127"/>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="129"/>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="130"/>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="140"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="144"/>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="190"/>
        <source>Only the &amp;selected conversation (“{0}”)</source>
        <translation>Nur das a&amp;usgewählte Gespräch („{0}“)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>The two passphrases differ</source>
        <translation>Die beiden Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>type the same one twice</source>
        <translation>geben Sie zweimal dieselbe ein</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>Encrypted files (*.age)</source>
        <translation>Verschlüsselte Dateien (*.age)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="229"/>
        <source>Export conversations</source>
        <translation>Gespräche exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="266"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="279"/>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="294"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="296"/>
        <source>Exported 1 conversation ({1} messages{2}) to {3}.</source>
        <translation>1 Gespräch ({1} Nachrichten{2}) nach {3} exportiert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="298"/>
        <source>Exported {0} conversations ({1} messages{2}) to {3}.</source>
        <translation>{0} Gespräche ({1} Nachrichten{2}) nach {3} exportiert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="301"/>
        <source>Folder: {0}</source>
        <translation>Ordner: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="304"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="353"/>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>the online Microsoft voices</source>
        <translation>den Online-Stimmen von Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>Piper</source>
        <translation>Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="363"/>
        <source>Nothing is recorded (anonymous mode).</source>
        <translation>Es wird nichts aufgezeichnet (anonymer Modus).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="365"/>
        <source>Conversations are kept, encrypted, on this computer.</source>
        <translation>Gespräche werden verschlüsselt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="369"/>
        <source>CallBot speaks with {0}. {1} It listens to {2}.

Hold {3} (or the talk button) to talk. Press Finish to save these choices; you can change them any time in Settings.</source>
        <translation>CallBot spricht mit {0}. {1} Es hört auf {2}.

Halten Sie {3} (oder die Sprechtaste) gedrückt, um zu sprechen. Klicken Sie auf „Abschließen“, um diese Auswahl zu speichern; Sie können sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="375"/>
        <source>the system default microphone</source>
        <translation>das Standardmikrofon des Systems</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="395"/>
        <source>Set up CallBot</source>
        <translation>CallBot einrichten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="407"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="408"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="409"/>
        <source>Finish the set-up and save</source>
        <translation>Einrichtung abschließen und speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="410"/>
        <source>Cancel the set-up</source>
        <translation>Einrichtung abbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="439"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="57"/>
        <source>Something went wrong ({0}: {1}). See the log for details.</source>
        <translation>Etwas ist schiefgelaufen ({0}: {1}). Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="113"/>
        <source>The push-to-talk key is empty; for example: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>Die Sprechtaste ist leer; zum Beispiel: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="129"/>
        <source>Unknown key {key!r} in {text!r}; use names such as &lt;space&gt;, &lt;f9&gt; or a letter</source>
        <translation>Unbekannte Taste {key!r} in {text!r}; verwenden Sie Namen wie &lt;space&gt;, &lt;f9&gt; oder einen Buchstaben</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="138"/>
        <source>{text!r} names two keys; use modifiers and one key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} nennt zwei Tasten; verwenden Sie Zusatztasten und eine Taste, etwa &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="146"/>
        <source>{text!r} has only modifiers; add a key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} enthält nur Zusatztasten; fügen Sie eine Taste hinzu, etwa &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="144"/>
        <source>No global hotkey: there is no X display (DISPLAY is not set) and no Wayland session. The key still works while the window has focus.</source>
        <translation>Keine globale Tastenkombination: Es gibt kein X-Display (DISPLAY ist nicht gesetzt) und keine Wayland-Sitzung. Die Taste funktioniert weiterhin, solange das Fenster den Fokus hat.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="235"/>
        <source>No global hotkey: </source>
        <translation>Keine globale Tastenkombination: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="272"/>
        <source>Push to talk (hold)</source>
        <translation>Sprechtaste (gedrückt halten)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="317"/>
        <source>The push-to-talk key sequence is empty</source>
        <translation>Die Tastenkombination zum Sprechen ist leer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="65"/>
        <source>No global hotkey: the Python package jeepney is missing</source>
        <translation>Keine globale Tastenkombination: Das Python-Paket jeepney fehlt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="71"/>
        <source>No global hotkey: no D-Bus session bus for the desktop portal: </source>
        <translation>Keine globale Tastenkombination: kein D-Bus-Sitzungsbus für das Desktop-Portal: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="92"/>
        <source>The global push-to-talk shortcut stopped: </source>
        <translation>Die globale Sprechtaste funktioniert nicht mehr: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="126"/>
        <source>the desktop declined the shortcut</source>
        <translation>die Arbeitsumgebung hat die Tastenkombination abgelehnt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="73"/>
        <source>Pages</source>
        <extracomment>the window was closed while a tray icon keeps the app running</extracomment>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="78"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="79"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="80"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="81"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="82"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="83"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="84"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="90"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Strg+{1})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="115"/>
        <source>Assistant state</source>
        <translation>Zustand des Assistenten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="119"/>
        <source>Starting… Your data is in {0}</source>
        <translation>Wird gestartet… Ihre Daten liegen in {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="135"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="136"/>
        <source>Who the assistant is</source>
        <translation>Wer der Assistent ist</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="140"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="288"/>
        <source>Now talking with {0}</source>
        <translation>Sie sprechen jetzt mit {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="298"/>
        <source>Built-in model</source>
        <translation>Integriertes Modell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="305"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="307"/>
        <source>Small and offline: Ollama gives better answers</source>
        <translation>Klein und offline: Ollama antwortet besser</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="341"/>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="342"/>
        <source>Ready — hold Talk, or type</source>
        <translation>Bereit – „Reden“ halten oder tippen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="343"/>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="344"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="345"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="346"/>
        <source>Microphone muted</source>
        <translation>Mikrofon stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="347"/>
        <source>Not listening</source>
        <translation>Hört nicht zu</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="360"/>
        <source>{0}: ready</source>
        <translation>{0}: bereit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="362"/>
        <source>Loading {0}… {1}%</source>
        <translation>{0} wird geladen… {1} %</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="364"/>
        <source>Loading {0}…</source>
        <translation>{0} wird geladen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="369"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="139"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="141"/>
        <location filename="../callbot_desktop/ui/first_run.py" line="213"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="143"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="149"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="154"/>
        <source>&amp;Listen again</source>
        <translation>Erneut &amp;zuhören</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="155"/>
        <source>Listen to the microphone again</source>
        <translation>Dem Mikrofon erneut zuhören</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="166"/>
        <source>Test your microphone</source>
        <translation>Mikrofon testen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="170"/>
        <source>Choose the microphone CallBot listens to, then say something, for example “Hello, can you hear me?”. The bar moves when sound comes in.</source>
        <translation>Wählen Sie das Mikrofon, auf das CallBot hört, und sagen Sie etwas, zum Beispiel „Hallo, hören Sie mich?“. Der Balken bewegt sich, wenn Ton ankommt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="212"/>
        <source>System default ({0})</source>
        <translation>Systemstandard ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="218"/>
        <source>{0} (not connected)</source>
        <translation>{0} (nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="236"/>
        <source>Opening the microphone…</source>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="304"/>
        <source>Listening to {0}. Say something…</source>
        <translation>Ich höre über {0} zu. Sagen Sie etwas…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>{0:.0f} dB</source>
        <translation>{0:.0f} dB</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>silent</source>
        <translation>Stille</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="314"/>
        <source>✔ I can hear you!</source>
        <translation>✔ Ich höre Sie!</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="319"/>
        <source>Working out what you said…</source>
        <translation>Ihre Worte werden erkannt…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="321"/>
        <source>I heard: “{0}”</source>
        <translation>Ich habe gehört: „{0}“</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="324"/>
        <source>I heard something, but could not make out words.</source>
        <translation>Ich habe etwas gehört, aber keine Wörter erkannt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="327"/>
        <source>The microphone stopped ({0}). Waiting for it…</source>
        <translation>Das Mikrofon ist ausgefallen ({0}). Es wird gewartet, bis es wieder da ist…</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="245"/>
        <source>Speech recognition</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="246"/>
        <source>Offline voice</source>
        <translation>Offline-Stimme</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="247"/>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="253"/>
        <source>Getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="257"/>
        <source>CallBot loads the speech recognizer and the offline voice, and looks for the language model that will answer you. Everything runs on this computer.</source>
        <translation>CallBot lädt die Spracherkennung und die Offline-Stimme und sucht das Sprachmodell, das Ihnen antworten wird. Alles läuft auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="293"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="306"/>
        <source>Something could not be set up. You can press Retry, or go on now: what failed will not work until it is fixed (see Settings).</source>
        <translation>Etwas konnte nicht eingerichtet werden. Sie können „Wiederholen“ drücken oder jetzt fortfahren: Was fehlgeschlagen ist, funktioniert erst, wenn es behoben ist (siehe Einstellungen).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="350"/>
        <source>Ready: {0}</source>
        <translation>Bereit: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="355"/>
        <source>Ready: the {0} voice</source>
        <translation>Bereit: die Stimme {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="362"/>
        <source>Ollama {0} will answer, at {1}.</source>
        <translation>Ollama {0} wird antworten, unter {1}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="363"/>
        <source>Ollama will answer, at {0}.</source>
        <translation>Ollama wird antworten, unter {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="365"/>
        <source>The built-in model will answer, as chosen in Settings.</source>
        <translation>Das integrierte Modell wird antworten, wie in den Einstellungen gewählt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="366"/>
        <source>Ollama does not answer at {0}</source>
        <translation>Ollama antwortet nicht unter {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="367"/>
        <source>The built-in model will answer: {0}.</source>
        <translation>Das integrierte Modell wird antworten: {0}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="53"/>
        <source>Unlock your history</source>
        <translation>Verlauf entsperren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="54"/>
        <source>Protect your history</source>
        <translation>Verlauf schützen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="55"/>
        <source>Change the history passphrase</source>
        <translation>Passphrase des Verlaufs ändern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="59"/>
        <source>There is no secure keyring on this computer, so your conversations are protected by a passphrase. Type it to open them.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselbund, daher sind Ihre Gespräche durch eine Passphrase geschützt. Geben Sie sie ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="63"/>
        <source>There is no secure keyring on this computer. Choose a passphrase to protect your conversations; you will need it each time CallBot starts. It cannot be recovered if you forget it.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselbund. Wählen Sie eine Passphrase, um Ihre Gespräche zu schützen; Sie brauchen sie bei jedem Start von CallBot. Wenn Sie sie vergessen, lässt sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="68"/>
        <source>Type the passphrase you use now, then the new one twice. Your conversations stay as they are.</source>
        <translation>Geben Sie Ihre aktuelle Passphrase ein, dann zweimal die neue. Ihre Gespräche bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="80"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="81"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Current:</source>
        <translation>&amp;Aktuelle:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="88"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="89"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="91"/>
        <source>&amp;Show passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="92"/>
        <source>Show the passphrase as you type</source>
        <translation>Passphrase beim Tippen anzeigen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="141"/>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least {0} characters.</source>
        <translation>Verwenden Sie mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="148"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="150"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="132"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="143"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="135"/>
        <source>Who the assistant is: its instructions, model, voice and greeting. Built-in personas can be edited and reset; your own can be deleted.</source>
        <translation>Wer der Assistent ist: seine Anweisungen, sein Modell, seine Stimme und Begrüßung. Integrierte Personas lassen sich bearbeiten und zurücksetzen, eigene löschen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="441"/>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>Import personas from a TOML file</source>
        <translation>Personas aus einer TOML-Datei importieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>Export all personas to a TOML file</source>
        <translation>Alle Personas in eine TOML-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="173"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>A short name, e.g. Chef</source>
        <translation>Ein kurzer Name, z. B. Koch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="188"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="189"/>
        <source>Instructions: who the assistant is…</source>
        <translation>Anweisungen: wer der Assistent ist…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="193"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="194"/>
        <source>Settings model ({0})</source>
        <translation>Modell aus den Einstellungen ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="197"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="201"/>
        <source>Low: focused and repeatable. High: more varied.</source>
        <translation>Niedrig: fokussiert und wiederholbar. Hoch: abwechslungsreicher.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="203"/>
        <source>Voice engine</source>
        <translation>Sprach-Engine</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="205"/>
        <source>As in Settings ({0})</source>
        <translation>Wie in den Einstellungen ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Piper .onnx file or Edge voice; empty = Settings</source>
        <translation>Piper-.onnx-Datei oder Edge-Stimme; leer = Einstellungen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>e.g. en, de; empty = auto</source>
        <translation>z. B. en, de; leer = automatisch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Said when a call starts</source>
        <translation>Wird zu Beginn eines Gesprächs gesagt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="215"/>
        <source>Conversation starters</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="216"/>
        <source>One suggestion per line</source>
        <translation>Ein Vorschlag pro Zeile</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="222"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="223"/>
        <source>System &amp;prompt:</source>
        <translation>System&amp;prompt:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="224"/>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="225"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="226"/>
        <source>Voice &amp;engine:</source>
        <translation>Sprach-&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="227"/>
        <source>&amp;Voice:</source>
        <translation>Sti&amp;mme:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="228"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="229"/>
        <source>&amp;Greeting:</source>
        <translation>&amp;Begrüßung:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="230"/>
        <source>St&amp;arters:</source>
        <translation>Einstie&amp;ge:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>Save persona</source>
        <translation>Persona speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="235"/>
        <source>Reset to &amp;built-in</source>
        <translation>Original &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="236"/>
        <source>Reset to built-in</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>P&amp;review voice</source>
        <translation>Stimme an&amp;hören</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>Preview voice</source>
        <translation>Stimme anhören</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in, edited)</source>
        <translation>  (integriert, bearbeitet)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in)</source>
        <translation>  (integriert)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="356"/>
        <source>Fill in the new persona and press Save.</source>
        <translation>Füllen Sie die neue Persona aus und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="379"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="387"/>
        <source>Deleted {0}.</source>
        <translation>{0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="399"/>
        <source>{0} is the built-in version again.</source>
        <translation>{0} ist wieder die Originalversion.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="408"/>
        <source>Imported personas from {0}.</source>
        <translation>Personas aus {0} importiert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="414"/>
        <source>Exported to {0}.</source>
        <translation>Nach {0} exportiert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="442"/>
        <source>Delete the persona {0}? Conversations with it are kept.</source>
        <translation>Persona {0} löschen? Gespräche damit bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="455"/>
        <source>Import personas</source>
        <translation>Personas importieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Personas (*.toml)</source>
        <translation>Personas (*.toml)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="456"/>
        <source>Replace personas that have the same name?</source>
        <translation>Personas mit gleichem Namen ersetzen?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Export personas</source>
        <translation>Personas exportieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="477"/>
        <source>Hello, I am {0}.</source>
        <translation>Hallo, ich bin {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="478"/>
        <source>your assistant</source>
        <translation>Ihr Assistent</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="481"/>
        <source>Speaking the greeting…</source>
        <translation>Begrüßung wird gesprochen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="490"/>
        <source>Played {0:.1f} s of speech.</source>
        <translation>{0:.1f} s Sprache abgespielt.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="132"/>
        <source>Privacy</source>
        <extracomment>Apply-now finished: how many conversations were removed. The key was rotated, or its passphrase changed. Everything was deleted (the history is unavailable from now on).</extracomment>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="135"/>
        <source>Your conversations stay on this computer, encrypted. Choose how long they are kept, what is recorded, and manage the key that protects them.</source>
        <translation>Ihre Gespräche bleiben verschlüsselt auf diesem Computer. Legen Sie fest, wie lange sie aufbewahrt werden und was aufgezeichnet wird, und verwalten Sie den Schlüssel, der sie schützt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="172"/>
        <source>Keep conversations</source>
        <translation>Gespräche aufbewahren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="173"/>
        <source>&amp;Forever</source>
        <translation>&amp;Für immer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="174"/>
        <source>Delete those not updated for (&amp;days):</source>
        <translation>Löschen, wenn nicht geändert seit (&amp;Tagen):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="175"/>
        <source>Keep only the most recent (&amp;number):</source>
        <translation>Nur die neuesten behalten (&amp;Anzahl):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="178"/>
        <source>Keep conversations forever</source>
        <translation>Gespräche für immer aufbewahren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="179"/>
        <source>Delete conversations after a number of days</source>
        <translation>Gespräche nach einer Anzahl von Tagen löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="180"/>
        <source>Keep only a number of recent conversations</source>
        <translation>Nur eine Anzahl neuester Gespräche behalten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="185"/>
        <source>Days to keep</source>
        <translation>Aufbewahrungsdauer in Tagen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="186"/>
        <source>Conversations to keep</source>
        <translation>Zu behaltende Gespräche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="195"/>
        <source>Pinned conversations are always kept. The policy runs hourly.</source>
        <translation>Angeheftete Gespräche bleiben immer erhalten. Die Regel wird stündlich angewendet.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>&amp;Apply now</source>
        <translation>Jetzt an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>Apply the retention policy now</source>
        <translation>Aufbewahrungsregel jetzt anwenden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="218"/>
        <source>What is recorded</source>
        <translation>Was aufgezeichnet wird</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="220"/>
        <source>Anon&amp;ymous mode: keep no record of conversations at all</source>
        <translation>A&amp;nonymer Modus: überhaupt keine Gespräche aufzeichnen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="222"/>
        <source>Anonymous mode</source>
        <translation>Anonymer Modus</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="223"/>
        <source>Keep my recorded &amp;voice with each message</source>
        <translation>Meine aufgenommene &amp;Stimme zu jeder Nachricht speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="224"/>
        <source>Keep voice notes</source>
        <translation>Sprachnotizen speichern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="233"/>
        <source>Encryption key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="234"/>
        <source>Looking for the key…</source>
        <translation>Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>&amp;Rotate key</source>
        <translation>Schlüssel &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>Re-encrypt the history with a new key</source>
        <translation>Verlauf mit einem neuen Schlüssel neu verschlüsseln</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="241"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="242"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="257"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="259"/>
        <source>Delete &amp;everything…</source>
        <translation>Alles &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="260"/>
        <source>Delete every conversation and the key</source>
        <translation>Alle Gespräche und den Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="265"/>
        <source>Deletes every conversation and forgets the key. This cannot be undone.</source>
        <translation>Löscht alle Gespräche und vergisst den Schlüssel. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="316"/>
        <source>Conversations are kept forever.</source>
        <translation>Gespräche werden für immer aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="330"/>
        <source>Nothing to remove.</source>
        <translation>Nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="332"/>
        <source>Removed 1 conversation.</source>
        <translation>1 Gespräch entfernt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="334"/>
        <source>Removed {0} conversations.</source>
        <translation>{0} Gespräche entfernt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="346"/>
        <source>the system keyring</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="347"/>
        <source>The key is kept in your system keyring ({0}).</source>
        <translation>Der Schlüssel liegt im Schlüsselbund Ihres Systems ({0}).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="350"/>
        <source>The key is protected by your passphrase, in {0}. There is no secure keyring.</source>
        <translation>Der Schlüssel ist durch Ihre Passphrase geschützt, in {0}. Es gibt keinen sicheren Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="366"/>
        <source>Re-encrypting…</source>
        <translation>Wird neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="369"/>
        <source>The history is now encrypted with a new key.</source>
        <translation>Der Verlauf ist jetzt mit einem neuen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="384"/>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="387"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="421"/>
        <source>The history was deleted</source>
        <translation>Der Verlauf wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="422"/>
        <source>restart CallBot to begin a new, empty history</source>
        <translation>starten Sie CallBot neu, um mit einem neuen, leeren Verlauf zu beginnen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="425"/>
        <source>Everything was deleted, and the key forgotten.</source>
        <translation>Alles wurde gelöscht und der Schlüssel vergessen.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="155"/>
        <source>Search</source>
        <extracomment>A result was activated: (conversation id, message id). Results of the current query are shown (their number; 0 for &quot;no results&quot;).</extracomment>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="158"/>
        <source>Find anything said in your conversations. Put a phrase in &quot;quotes&quot;, exclude a word with -word, or find either word with OR.</source>
        <translation>Finden Sie alles, was in Ihren Gesprächen gesagt wurde. Setzen Sie eine Wortgruppe in &quot;Anführungszeichen&quot;, schließen Sie ein Wort mit -wort aus oder finden Sie mit OR eines von zwei Wörtern.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="166"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="167"/>
        <source>Search conversations…</source>
        <translation>Gespräche durchsuchen…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="169"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="175"/>
        <source>Who said it</source>
        <translation>Wer es gesagt hat</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="177"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="178"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="179"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="180"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="388"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="183"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="184"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="404"/>
        <source>Any persona</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="185"/>
        <source>Order of results</source>
        <translation>Reihenfolge der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="186"/>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="187"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="188"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="190"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="191"/>
        <source>Past 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="192"/>
        <source>Past 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="193"/>
        <source>Past 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="194"/>
        <source>Between dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="198"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="199"/>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="203"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="204"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="205"/>
        <source>W&amp;hen:</source>
        <translation>W&amp;ann:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="206"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="218"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="221"/>
        <source>Between:</source>
        <translation>Zwischen:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="226"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="267"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="313"/>
        <source>Type above to search every conversation.</source>
        <translation>Tippen Sie oben, um alle Gespräche zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="324"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="340"/>
        <source>Untitled conversation</source>
        <translation>Gespräch ohne Titel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="354"/>
        <source>1 result.</source>
        <translation>1 Ergebnis.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="356"/>
        <source>{0} results.</source>
        <translation>{0} Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="358"/>
        <source>Press Enter on one to open it.</source>
        <translation>Drücken Sie die Eingabetaste auf einem Ergebnis, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="362"/>
        <source>No messages match “{0}”. Try fewer words, or other filters.</source>
        <translation>Keine Nachrichten passen zu „{0}“. Versuchen Sie weniger Wörter oder andere Filter.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="376"/>
        <source>The search failed ({0})</source>
        <translation>Die Suche ist fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="377"/>
        <source>try again; if it keeps failing, see the log</source>
        <translation>versuchen Sie es erneut; wenn es weiterhin fehlschlägt, sehen Sie im Protokoll nach</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="406"/>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="84"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="85"/>
        <source>S&amp;peaker:</source>
        <translation>&amp;Lautsprecher:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="86"/>
        <source>&amp;Hands-free (listen all the time)</source>
        <translation>&amp;Freisprechen (immer zuhören)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="87"/>
        <source>Let my voice &amp;interrupt the assistant</source>
        <translation>Meine Stimme darf den Assistenten &amp;unterbrechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="88"/>
        <source>Shortest speech (ms):</source>
        <translation>Kürzeste Sprache (ms):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="89"/>
        <source>Pause that ends my turn (ms):</source>
        <translation>Pause, die meine Runde beendet (ms):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="90"/>
        <source>&amp;Whisper model:</source>
        <translation>&amp;Whisper-Modell:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="91"/>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="92"/>
        <source>Spoken &amp;language:</source>
        <translation>Gesprochene &amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="93"/>
        <source>&amp;Faster recognition of short sentences</source>
        <translation>Schnellere Erkennung &amp;kurzer Sätze</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="94"/>
        <source>Voice &amp;engine:</source>
        <translation>Sprach-&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="95"/>
        <source>&amp;Voice:</source>
        <translation>Sti&amp;mme:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="96"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="97"/>
        <source>Ollama &amp;address:</source>
        <translation>Ollama-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="98"/>
        <source>Ollama m&amp;odel:</source>
        <translation>Ollama-M&amp;odell:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="99"/>
        <source>Built-in model threa&amp;ds (0: automatic):</source>
        <translation>&amp;Threads des eingebauten Modells (0: automatisch):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="100"/>
        <source>P&amp;ush-to-talk key:</source>
        <translation>Sp&amp;rechtaste:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="101"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="102"/>
        <source>Interface lan&amp;guage:</source>
        <translation>Oberflä&amp;chensprache:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="103"/>
        <source>Start hidde&amp;n in the system tray</source>
        <translation>Versteckt im &amp;Infobereich starten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="111"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="123"/>
        <source>Speech recognition</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="126"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="127"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="130"/>
        <source>Shortcuts and appearance</source>
        <translation>Tastenkürzel und Aussehen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="136"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="139"/>
        <source>Changes are checked and saved at once. Hover over a setting to see what it does.</source>
        <translation>Änderungen werden sofort geprüft und gespeichert. Zeigen Sie mit der Maus auf eine Einstellung, um zu sehen, was sie bewirkt.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="145"/>
        <source>Problem with a setting</source>
        <translation>Problem mit einer Einstellung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="173"/>
        <source>All settings</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <source>Default: {0}</source>
        <translation>Standard: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="436"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>&amp;Refresh devices</source>
        <translation>&amp;Geräte aktualisieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>Refresh device lists</source>
        <translation>Gerätelisten aktualisieren</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Te&amp;st microphone</source>
        <translation>Mikrofo&amp;n testen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Test microphone</source>
        <translation>Mikrofon testen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="234"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="235"/>
        <source>Microphone test result</source>
        <translation>Ergebnis des Mikrofontests</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test spea&amp;ker</source>
        <translation>Lautsprec&amp;her testen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test speaker</source>
        <translation>Lautsprecher testen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="239"/>
        <source>Speaker test result</source>
        <translation>Ergebnis des Lautsprechertests</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="248"/>
        <source>Connection check result</source>
        <translation>Ergebnis der Verbindungsprüfung</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="256"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="257"/>
        <source>Processor (CPU)</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="258"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="259"/>
        <source>Piper (offline)</source>
        <translation>Piper (offline)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="260"/>
        <source>Edge (online, Microsoft)</source>
        <translation>Edge (online, Microsoft)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="261"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="262"/>
        <source>Built-in model</source>
        <translation>Integriertes Modell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="263"/>
        <source>Keep forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="264"/>
        <source>For a number of days</source>
        <translation>Für eine Anzahl von Tagen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="265"/>
        <source>The newest conversations only</source>
        <translation>Nur die neuesten Gespräche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="266"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="267"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="268"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="346"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="367"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="347"/>
        <source>{0} (not connected)</source>
        <translation>{0} (nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="369"/>
        <source>System default ({0})</source>
        <translation>Systemstandard ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="380"/>
        <source>Listening for {0:g} seconds: say something…</source>
        <translation>Ich höre {0:g} Sekunden lang zu: Sagen Sie etwas…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="393"/>
        <source>Almost nothing was heard (loudest {0:.0f} dB). Check that {1} is not muted, or choose another microphone.</source>
        <translation>Fast nichts zu hören (lautester Wert {0:.0f} dB). Prüfen Sie, ob {1} stummgeschaltet ist, oder wählen Sie ein anderes Mikrofon.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="397"/>
        <source>{0} works: loudest {1:.0f} dB.</source>
        <translation>{0} funktioniert: lautester Wert {1:.0f} dB.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="404"/>
        <source>Playing a beep…</source>
        <translation>Piepton wird abgespielt…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="415"/>
        <source>Played a beep on {0}. Did you hear it?</source>
        <translation>Piepton auf {0} abgespielt. Haben Sie ihn gehört?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="424"/>
        <source>Asking {0}…</source>
        <translation>{0} wird gefragt…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="437"/>
        <source>Ollama {0} answers at {1}. Models: {2}.</source>
        <translation>Ollama {0} antwortet unter {1}. Modelle: {2}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="441"/>
        <source>The model {0} is not installed: run `ollama pull {0}`.</source>
        <translation>Das Modell {0} ist nicht installiert: Führen Sie `ollama pull {0}` aus.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="172"/>
        <source>{0}: progress</source>
        <translation>{0}: Fortschritt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="175"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="176"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="177"/>
        <source>Retry: {0}</source>
        <translation>Wiederholen: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="206"/>
        <source>✔ {0}</source>
        <translation>✔ {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="213"/>
        <source>✖ {0}</source>
        <translation>✖ {0}</translation>
    </message>
</context>
<context>
    <name>TalkControls</name>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="44"/>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="120"/>
        <source>Talk</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="46"/>
        <source>Push to talk</source>
        <translation>Zum Sprechen drücken</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="48"/>
        <source>Hold while you speak, or click to start and click again to send</source>
        <translation>Beim Sprechen gedrückt halten, oder zum Starten klicken und zum Senden erneut klicken</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="50"/>
        <source>Hold while you speak, or click to start and stop</source>
        <translation>Beim Sprechen gedrückt halten, oder zum Starten und Beenden klicken</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="57"/>
        <source>&amp;Hands-free</source>
        <translation>&amp;Freisprechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="59"/>
        <source>Hands-free listening</source>
        <translation>Freisprechen: immer zuhören</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="60"/>
        <source>Listen all the time; a pause ends your turn</source>
        <translation>Immer zuhören; eine Pause beendet Ihre Runde</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="63"/>
        <source>&amp;Mute</source>
        <translation>S&amp;tumm</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="65"/>
        <source>Mute the microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="68"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="70"/>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="71"/>
        <source>Stop speaking now (Esc)</source>
        <translation>Sprechen jetzt beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="77"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="84"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="85"/>
        <source>Type a message and press Enter</source>
        <translation>Nachricht eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="87"/>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="120"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="89"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="68"/>
        <source>&amp;Push to talk</source>
        <translation>&amp;Sprechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="69"/>
        <source>&amp;Hands-free</source>
        <translation>&amp;Freisprechen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="70"/>
        <source>&amp;Mute</source>
        <translation>S&amp;tumm</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="71"/>
        <source>P&amp;ersona</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="72"/>
        <source>&amp;Show window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="74"/>
        <source>CallBot menu</source>
        <translation>CallBot-Menü</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="75"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="86"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="87"/>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="88"/>
        <source>Thinking</source>
        <translation>Denkt nach</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="89"/>
        <source>Speaking</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="90"/>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="100"/>
        <source>CallBot — {state}</source>
        <translation>CallBot — {state}</translation>
    </message>
</context>
</TS>
