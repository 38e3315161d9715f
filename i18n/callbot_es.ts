<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Bubble</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="58"/>
        <source>(interrupted)</source>
        <translation>(interrumpido)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>You said</source>
        <translation>Usted dijo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>Assistant said</source>
        <translation>El asistente dijo</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="82"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="93"/>
        <source>Press and hold the talk button, or type below. Your words appear here.</source>
        <translation>Mantenga pulsado el botón Hablar o escriba abajo. Sus palabras aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="377"/>
        <source>Welcome to CallBot</source>
        <translation>Bienvenido a CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="381"/>
        <source>CallBot is a voice assistant that runs on this computer. Before you start, here is what it keeps, and what (if anything) leaves this computer.</source>
        <translation>CallBot es un asistente de voz que funciona en este equipo. Antes de empezar, esto es lo que guarda y lo que sale (si algo sale) de este equipo.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="389"/>
        <source>I &amp;understand how my conversations are kept and where they go</source>
        <translation>&amp;Entiendo cómo se guardan mis conversaciones y adónde van</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="391"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="397"/>
        <source>What is stored</source>
        <translation>Qué se guarda</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="400"/>
        <source>Your conversations (what you say and the answers) are kept on this computer only, encrypted. The key is kept in your system keyring; if there is no secure keyring, you choose a passphrase that protects it.</source>
        <translation>Sus conversaciones (lo que dice y las respuestas) se guardan solo en este equipo, cifradas. La clave se guarda en el llavero del sistema; si no hay un llavero seguro, elija una frase de contraseña que la proteja.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="405"/>
        <source>Also keep recordings of my &amp;voice</source>
        <translation>Guardar también grabaciones de mi &amp;voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="406"/>
        <source>Keep voice recordings</source>
        <translation>Guardar grabaciones de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="409"/>
        <source>&amp;Anonymous mode: keep no record of conversations at all</source>
        <translation>Modo &amp;anónimo: no guardar ningún registro de las conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="411"/>
        <source>Anonymous mode</source>
        <translation>Modo anónimo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="421"/>
        <source>What leaves this computer</source>
        <translation>Qué sale de este equipo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="424"/>
        <source>Nothing, unless you choose the online voices: they send the text to be spoken to Microsoft. The offline voice never sends anything.</source>
        <translation>Nada, salvo que elija las voces en línea: envían a Microsoft el texto que se va a leer. La voz sin conexión nunca envía nada.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="428"/>
        <source>&amp;Offline voice (Piper), recommended</source>
        <translation>Voz &amp;sin conexión (Piper), recomendada</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="429"/>
        <source>Offline voice, Piper</source>
        <translation>Voz sin conexión, Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="431"/>
        <source>O&amp;nline voices (Microsoft Edge): the text to be spoken goes to Microsoft</source>
        <translation>Voces en &amp;línea (Microsoft Edge): el texto que se va a leer se envía a Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="433"/>
        <source>Online voices, Microsoft Edge</source>
        <translation>Voces en línea, Microsoft Edge</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="50"/>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="51"/>
        <source>Filter conversations</source>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="56"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="61"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="63"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="100"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="117"/>
        <source>No conversations yet.</source>
        <translation>Aún no hay conversaciones.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="142"/>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="144"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="145"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="160"/>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="161"/>
        <source>Delete “{0}” for good?</source>
        <translation>¿Eliminar «{0}» definitivamente?</translation>
    </message>
</context>
<context>
    <name>DeleteEverythingDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="74"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="75"/>
        <source>DELETE</source>
        <translation>ELIMINAR</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="78"/>
        <source>This deletes every conversation, voice note and persona you saved, and the key that encrypts them. It cannot be undone.

Type {0} to confirm.</source>
        <translation>Se eliminarán todas las conversaciones, notas de voz y personajes que haya guardado, y la clave que los cifra. No se puede deshacer.

Escriba {0} para confirmar.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="84"/>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="86"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="88"/>
        <source>&amp;Delete everything</source>
        <translation>&amp;Eliminar todo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="90"/>
        <source>Delete everything, for good</source>
        <translation>Eliminar todo definitivamente</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../callbot_desktop/app.py" line="269"/>
        <source>The new language shows everywhere after CallBot restarts.</source>
        <translation>El nuevo idioma se verá en todas partes tras reiniciar CallBot.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="308"/>
        <source>CallBot is still running</source>
        <translation>CallBot sigue en marcha</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="309"/>
        <source>It keeps listening for your push-to-talk key. Quit it from the tray menu.</source>
        <translation>Sigue atento a su tecla para hablar. Ciérrelo desde el menú de la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="121"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="124"/>
        <source>How each part of CallBot is doing, and how quickly it answers. These figures are computed on this computer from your history and never leave it.</source>
        <translation>Cómo funciona cada parte de CallBot y con qué rapidez responde. Estas cifras se calculan en este equipo a partir de su historial y nunca salen de él.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="131"/>
        <source>Component health</source>
        <translation>Estado de los componentes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="132"/>
        <source>Press “Check again” to test every component.</source>
        <translation>«Comprobar de nuevo» prueba cada componente.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="133"/>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="134"/>
        <source>Check components again</source>
        <translation>Comprobar los componentes de nuevo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="136"/>
        <source>&amp;Copy report</source>
        <translation>Copiar &amp;informe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="137"/>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="139"/>
        <source>Versions, health and latency medians; no conversation text</source>
        <translation>Versiones, estado y medianas de latencia; sin texto de conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="142"/>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>Latency of recent voice turns</source>
        <translation>Latencia de los últimos turnos de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="152"/>
        <source>Voice turn (oldest to newest)</source>
        <translation>Turno de voz (del más antiguo al más reciente)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="160"/>
        <source>Latency summary</source>
        <translation>Resumen de latencia</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="162"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <source>Turns per day (last 30 days)</source>
        <translation>Turnos por día (últimos 30 días)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>turns</source>
        <translation>turnos</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>Turns per persona</source>
        <translation>Turnos por personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="170"/>
        <source>Usage summary</source>
        <translation>Resumen de uso</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="172"/>
        <source>Usage (stays on this computer)</source>
        <translation>Uso (no sale de este equipo)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="215"/>
        <source>Checking every component…</source>
        <translation>Comprobando todos los componentes…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="244"/>
        <source>Usage appears once the history is open.</source>
        <translation>El uso aparece cuando el historial está abierto.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="270"/>
        <source>No voice turns yet: talk to CallBot and the delays appear here.</source>
        <translation>Aún no hay turnos de voz: hable con CallBot y los tiempos de respuesta aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="275"/>
        <source>Median time from the end of your speech to the first audio: {0:.2f} s (last {1} voice turns).</source>
        <translation>Tiempo mediano desde el final de su voz hasta el primer audio: {0:.2f} s (últimos {1} turnos de voz).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="291"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="305"/>
        <source>{0} replies in the last {1} days, {2} in all. Counted on this computer from your encrypted history; nothing is sent anywhere.</source>
        <translation>{0} respuestas en los últimos {1} días, {2} en total. Contadas en este equipo a partir de su historial cifrado; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="312"/>
        <source>Transcript ready</source>
        <translation>Transcripción lista</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="313"/>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="314"/>
        <source>First sentence</source>
        <translation>Primera frase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="315"/>
        <source>First audio</source>
        <translation>Primer audio</translation>
    </message>
</context>
<context>
    <name>DialogPassphraseProvider</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="217"/>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Esa frase de contraseña no desbloqueó el historial. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../callbot_desktop/ui/bridge.py" line="183"/>
        <source>The voice engine is still starting…</source>
        <extracomment>Builds the engine (on the engine&apos;s thread: it may probe Ollama), given the event callback. component, done, detail, fraction (-1: unknown), error (&apos;&apos; when fine) a piece of the reply, as it is about to be spoken the reply is over; True when it was cut short conversation id (&apos;&apos; when anonymous), timings message, fix the engine is loaded and listening (or failed to start: error was emitted) the backend&apos;s model names, the one in use, and which backend answers (in words)</extracomment>
        <translation>El motor de voz aún se está iniciando…</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="72"/>
        <source>Export</source>
        <extracomment>The export ended: an ExportSummary, or the exception that stopped it.</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="75"/>
        <source>Save conversations to a file: JSON can be imported again, Markdown is easy to read. An encrypted export can be opened with the standard age tool.</source>
        <translation>Guarde conversaciones en un archivo: JSON se puede volver a importar y Markdown es fácil de leer. Una exportación cifrada se abre con la herramienta estándar age.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="83"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="84"/>
        <source>JSON (can be imported again)</source>
        <translation>JSON (se puede volver a importar)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="85"/>
        <source>Markdown (easy to read)</source>
        <translation>Markdown (fácil de leer)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="87"/>
        <source>&amp;All conversations</source>
        <translation>&amp;Todas las conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="88"/>
        <source>Export all conversations</source>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="90"/>
        <location filename="../callbot_desktop/ui/export_panel.py" line="179"/>
        <source>Only the &amp;selected conversation</source>
        <translation>Solo la conversación &amp;seleccionada</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="91"/>
        <source>Export only the selected conversation</source>
        <translation>Exportar solo la conversación seleccionada</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="102"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="103"/>
        <source>None: a readable file</source>
        <translation>Ninguno: un archivo legible</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="104"/>
        <source>age, with a passphrase</source>
        <translation>age, con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="105"/>
        <source>age, for public keys (recipients)</source>
        <translation>age, para claves públicas (destinatarios)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="106"/>
        <source>Export passphrase</source>
        <translation>Frase de contraseña de la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="107"/>
        <source>Export passphrase again</source>
        <translation>Repetir la frase de contraseña de la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="110"/>
        <source>age public keys</source>
        <translation>Claves públicas de age</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="111"/>
        <source>age1… (several: separate with spaces)</source>
        <translation>age1… (varias: sepárelas con espacios)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="115"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="116"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="117"/>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="118"/>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="119"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="122"/>
        <source>Conversations:</source>
        <translation>Conversaciones:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="125"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="127"/>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="129"/>
        <source>&amp;Cancel export</source>
        <translation>Ca&amp;ncelar exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="130"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="140"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="144"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="190"/>
        <source>Only the &amp;selected conversation (“{0}”)</source>
        <translation>Solo la conversación &amp;seleccionada («{0}»)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>The two passphrases differ</source>
        <translation>Las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>type the same one twice</source>
        <translation>escriba la misma dos veces</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>Encrypted files (*.age)</source>
        <translation>Archivos cifrados (*.age)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="229"/>
        <source>Export conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>The export was cancelled</source>
        <translation>Se canceló la exportación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="266"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="279"/>
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="294"/>
        <source>, encrypted</source>
        <translation>, cifrado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="296"/>
        <source>Exported 1 conversation ({1} messages{2}) to {3}.</source>
        <translation>Se exportó 1 conversación ({1} mensajes{2}) a {3}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="298"/>
        <source>Exported {0} conversations ({1} messages{2}) to {3}.</source>
        <translation>Se exportaron {0} conversaciones ({1} mensajes{2}) a {3}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="301"/>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="304"/>
        <source>The export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="353"/>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>the online Microsoft voices</source>
        <translation>las voces en línea de Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>Piper</source>
        <translation>Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="363"/>
        <source>Nothing is recorded (anonymous mode).</source>
        <translation>No se registra nada (modo anónimo).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="365"/>
        <source>Conversations are kept, encrypted, on this computer.</source>
        <translation>Las conversaciones se guardan cifradas en este equipo.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="369"/>
        <source>CallBot speaks with {0}. {1} It listens to {2}.

Hold {3} (or the talk button) to talk. Press Finish to save these choices; you can change them any time in Settings.</source>
        <translation>CallBot habla con {0}. {1} Escucha {2}.

Mantenga pulsado {3} (o el botón Hablar) para hablar. Pulse Finalizar para guardar estas opciones; puede cambiarlas cuando quiera en Configuración.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="375"/>
        <source>the system default microphone</source>
        <translation>el micrófono predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="395"/>
        <source>Set up CallBot</source>
        <translation>Configurar CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="407"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="408"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="409"/>
        <source>Finish the set-up and save</source>
        <translation>Terminar la configuración y guardar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="410"/>
        <source>Cancel the set-up</source>
        <translation>Cancelar la configuración</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="439"/>
        <source>The settings could not be saved: {0}</source>
        <translation>No se pudo guardar la configuración: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="57"/>
        <source>Something went wrong ({0}: {1}). See the log for details.</source>
        <translation>Algo salió mal ({0}: {1}). Consulte el registro para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="113"/>
        <source>The push-to-talk key is empty; for example: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>La tecla para hablar está vacía; por ejemplo: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="129"/>
        <source>Unknown key {key!r} in {text!r}; use names such as &lt;space&gt;, &lt;f9&gt; or a letter</source>
        <translation>Tecla desconocida {key!r} en {text!r}; use nombres como &lt;space&gt;, &lt;f9&gt; o una letra</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="138"/>
        <source>{text!r} names two keys; use modifiers and one key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} indica dos teclas; use modificadores y una sola tecla, como &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="146"/>
        <source>{text!r} has only modifiers; add a key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} solo tiene modificadores; añada una tecla, como &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="144"/>
        <source>No global hotkey: there is no X display (DISPLAY is not set) and no Wayland session. The key still works while the window has focus.</source>
        <translation>Sin atajo global: no hay pantalla X (DISPLAY no está definida) ni sesión de Wayland. La tecla sigue funcionando mientras la ventana tiene el foco.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="235"/>
        <source>No global hotkey: </source>
        <translation>Sin atajo global: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="272"/>
        <source>Push to talk (hold)</source>
        <translation>Pulsar para hablar (mantener)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="317"/>
        <source>The push-to-talk key sequence is empty</source>
        <translation>La combinación de teclas para hablar está vacía</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="65"/>
        <source>No global hotkey: the Python package jeepney is missing</source>
        <translation>Sin atajo global: falta el paquete de Python jeepney</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="71"/>
        <source>No global hotkey: no D-Bus session bus for the desktop portal: </source>
        <translation>Sin atajo global: no hay bus de sesión D-Bus para el portal de escritorio: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="92"/>
        <source>The global push-to-talk shortcut stopped: </source>
        <translation>El atajo global para hablar se detuvo: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="126"/>
        <source>the desktop declined the shortcut</source>
        <translation>el escritorio rechazó el atajo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="73"/>
        <source>Pages</source>
        <extracomment>the window was closed while a tray icon keeps the app running</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="78"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="79"/>
        <source>Personas</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="80"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="81"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="82"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="83"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="84"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="90"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="115"/>
        <source>Assistant state</source>
        <translation>Estado del asistente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="117"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="119"/>
        <source>Starting… Your data is in {0}</source>
        <translation>Iniciando… Sus datos están en {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="135"/>
        <source>Persona</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="136"/>
        <source>Who the assistant is</source>
        <translation>Quién es el asistente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="140"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Personaje:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="288"/>
        <source>Now talking with {0}</source>
        <translation>Ahora habla con {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="298"/>
        <source>Built-in model</source>
        <translation>Modelo integrado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="305"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="307"/>
        <source>Small and offline: Ollama gives better answers</source>
        <translation>Pequeño y sin conexión: Ollama responde mejor</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="341"/>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="342"/>
        <source>Ready — hold Talk, or type</source>
        <translation>Listo: mantenga pulsado Hablar o escriba</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="343"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="344"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="345"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="346"/>
        <source>Microphone muted</source>
        <translation>Micrófono silenciado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="347"/>
        <source>Not listening</source>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="360"/>
        <source>{0}: ready</source>
        <translation>{0}: listo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="362"/>
        <source>Loading {0}… {1}%</source>
        <translation>Cargando {0}… {1} %</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="364"/>
        <source>Loading {0}…</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="369"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="139"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="141"/>
        <location filename="../callbot_desktop/ui/first_run.py" line="213"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="143"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="149"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="154"/>
        <source>&amp;Listen again</source>
        <translation>&amp;Escuchar de nuevo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="155"/>
        <source>Listen to the microphone again</source>
        <translation>Volver a escuchar el micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="166"/>
        <source>Test your microphone</source>
        <translation>Pruebe su micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="170"/>
        <source>Choose the microphone CallBot listens to, then say something, for example “Hello, can you hear me?”. The bar moves when sound comes in.</source>
        <translation>Elija el micrófono que escucha CallBot y diga algo, por ejemplo «Hola, ¿me oyes?». La barra se mueve cuando llega sonido.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="212"/>
        <source>System default ({0})</source>
        <translation>Predeterminado del sistema ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="218"/>
        <source>{0} (not connected)</source>
        <translation>{0} (no conectado)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="236"/>
        <source>Opening the microphone…</source>
        <translation>Abriendo el micrófono…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="304"/>
        <source>Listening to {0}. Say something…</source>
        <translation>Escuchando {0}. Diga algo…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>{0:.0f} dB</source>
        <translation>{0:.0f} dB</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>silent</source>
        <translation>silencio</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="314"/>
        <source>✔ I can hear you!</source>
        <translation>✔ ¡Le oigo!</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="319"/>
        <source>Working out what you said…</source>
        <translation>Reconociendo lo que ha dicho…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="321"/>
        <source>I heard: “{0}”</source>
        <translation>He oído: «{0}»</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="324"/>
        <source>I heard something, but could not make out words.</source>
        <translation>He oído algo, pero no he distinguido palabras.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="327"/>
        <source>The microphone stopped ({0}). Waiting for it…</source>
        <translation>El micrófono se detuvo ({0}). Esperándolo…</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="245"/>
        <source>Speech recognition</source>
        <translation>Reconocimiento de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="246"/>
        <source>Offline voice</source>
        <translation>Voz sin conexión</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="247"/>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="253"/>
        <source>Getting ready</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="257"/>
        <source>CallBot loads the speech recognizer and the offline voice, and looks for the language model that will answer you. Everything runs on this computer.</source>
        <translation>CallBot carga el reconocimiento de voz y la voz sin conexión, y busca el modelo de lenguaje que le responderá. Todo funciona en este equipo.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="293"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="306"/>
        <source>Something could not be set up. You can press Retry, or go on now: what failed will not work until it is fixed (see Settings).</source>
        <translation>No se pudo configurar algo. Puede pulsar Reintentar o continuar ahora: lo que falló no funcionará hasta que se corrija (vea Configuración).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="350"/>
        <source>Ready: {0}</source>
        <translation>Listo: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="355"/>
        <source>Ready: the {0} voice</source>
        <translation>Lista: la voz {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="362"/>
        <source>Ollama {0} will answer, at {1}.</source>
        <translation>Responderá Ollama {0}, en {1}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="363"/>
        <source>Ollama will answer, at {0}.</source>
        <translation>Responderá Ollama, en {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="365"/>
        <source>The built-in model will answer, as chosen in Settings.</source>
        <translation>Responderá el modelo integrado, como se eligió en Configuración.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="366"/>
        <source>Ollama does not answer at {0}</source>
        <translation>Ollama no responde en {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="367"/>
        <source>The built-in model will answer: {0}.</source>
        <translation>Responderá el modelo integrado: {0}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="53"/>
        <source>Unlock your history</source>
        <translation>Desbloquee su historial</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="54"/>
        <source>Protect your history</source>
        <translation>Proteja su historial</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="55"/>
        <source>Change the history passphrase</source>
        <translation>Cambiar la frase de contraseña del historial</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="59"/>
        <source>There is no secure keyring on this computer, so your conversations are protected by a passphrase. Type it to open them.</source>
        <translation>No hay un llavero seguro en este equipo, así que sus conversaciones están protegidas por una frase de contraseña. Escríbala para abrirlas.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="63"/>
        <source>There is no secure keyring on this computer. Choose a passphrase to protect your conversations; you will need it each time CallBot starts. It cannot be recovered if you forget it.</source>
        <translation>No hay un llavero seguro en este equipo. Elija una frase de contraseña para proteger sus conversaciones; la necesitará cada vez que se inicie CallBot. Si la olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="68"/>
        <source>Type the passphrase you use now, then the new one twice. Your conversations stay as they are.</source>
        <translation>Escriba la frase de contraseña actual y luego la nueva dos veces. Sus conversaciones no cambian.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="80"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="81"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Current:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="88"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="89"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="91"/>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="92"/>
        <source>Show the passphrase as you type</source>
        <translation>Mostrar la frase de contraseña mientras escribe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;OK</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="141"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least {0} characters.</source>
        <translation>Use al menos {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="148"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="150"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual que la actual.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="132"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="143"/>
        <source>Personas</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="135"/>
        <source>Who the assistant is: its instructions, model, voice and greeting. Built-in personas can be edited and reset; your own can be deleted.</source>
        <translation>Quién es el asistente: sus instrucciones, modelo, voz y saludo. Los personajes integrados se pueden editar y restablecer; los suyos, eliminar.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>New persona</source>
        <translation>Nuevo personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="441"/>
        <source>Delete persona</source>
        <translation>Eliminar personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>Import personas from a TOML file</source>
        <translation>Importar personajes de un archivo TOML</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>Export all personas to a TOML file</source>
        <translation>Exportar todos los personajes a un archivo TOML</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="173"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>A short name, e.g. Chef</source>
        <translation>Un nombre corto, p. ej. Chef</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="188"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="189"/>
        <source>Instructions: who the assistant is…</source>
        <translation>Instrucciones: quién es el asistente…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="193"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="194"/>
        <source>Settings model ({0})</source>
        <translation>Modelo de Configuración ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="197"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="201"/>
        <source>Low: focused and repeatable. High: more varied.</source>
        <translation>Baja: precisa y repetible. Alta: más variada.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="203"/>
        <source>Voice engine</source>
        <translation>Motor de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="205"/>
        <source>As in Settings ({0})</source>
        <translation>Como en Configuración ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Piper .onnx file or Edge voice; empty = Settings</source>
        <translation>Archivo .onnx de Piper o voz de Edge; vacío = Configuración</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>e.g. en, de; empty = auto</source>
        <translation>p. ej. en, de; vacío = automático</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Said when a call starts</source>
        <translation>Se dice al empezar una llamada</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="215"/>
        <source>Conversation starters</source>
        <translation>Temas para empezar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="216"/>
        <source>One suggestion per line</source>
        <translation>Una sugerencia por línea</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="222"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="223"/>
        <source>System &amp;prompt:</source>
        <translation>Instr&amp;ucciones:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="224"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="225"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="226"/>
        <source>Voice &amp;engine:</source>
        <translation>Motor de &amp;voz:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="227"/>
        <source>&amp;Voice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="228"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="229"/>
        <source>&amp;Greeting:</source>
        <translation>Sa&amp;ludo:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="230"/>
        <source>St&amp;arters:</source>
        <translation>&amp;Sugerencias:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>Save persona</source>
        <translation>Guardar personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="235"/>
        <source>Reset to &amp;built-in</source>
        <translation>&amp;Restablecer original</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="236"/>
        <source>Reset to built-in</source>
        <translation>Restablecer original</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>P&amp;review voice</source>
        <translation>Escuc&amp;har voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>Preview voice</source>
        <translation>Escuchar voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in, edited)</source>
        <translation>  (integrado, editado)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in)</source>
        <translation>  (integrado)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="356"/>
        <source>Fill in the new persona and press Save.</source>
        <translation>Complete el nuevo personaje y pulse Guardar.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="379"/>
        <source>Saved {0}.</source>
        <translation>{0} guardado.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="387"/>
        <source>Deleted {0}.</source>
        <translation>{0} eliminado.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="399"/>
        <source>{0} is the built-in version again.</source>
        <translation>{0} vuelve a ser la versión original.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="408"/>
        <source>Imported personas from {0}.</source>
        <translation>Personajes importados de {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="414"/>
        <source>Exported to {0}.</source>
        <translation>Exportado a {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="442"/>
        <source>Delete the persona {0}? Conversations with it are kept.</source>
        <translation>¿Eliminar el personaje {0}? Las conversaciones con él se conservan.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="455"/>
        <source>Import personas</source>
        <translation>Importar personajes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Personas (*.toml)</source>
        <translation>Personajes (*.toml)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="456"/>
        <source>Replace personas that have the same name?</source>
        <translation>¿Reemplazar los personajes con el mismo nombre?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Export personas</source>
        <translation>Exportar personajes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="477"/>
        <source>Hello, I am {0}.</source>
        <translation>Hola, soy {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="478"/>
        <source>your assistant</source>
        <translation>su asistente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="481"/>
        <source>Speaking the greeting…</source>
        <translation>Diciendo el saludo…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="490"/>
        <source>Played {0:.1f} s of speech.</source>
        <translation>Se reprodujeron {0:.1f} s de voz.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="132"/>
        <source>Privacy</source>
        <extracomment>Apply-now finished: how many conversations were removed. The key was rotated, or its passphrase changed. Everything was deleted (the history is unavailable from now on).</extracomment>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="135"/>
        <source>Your conversations stay on this computer, encrypted. Choose how long they are kept, what is recorded, and manage the key that protects them.</source>
        <translation>Sus conversaciones se quedan cifradas en este equipo. Elija cuánto tiempo se guardan y qué se registra, y gestione la clave que las protege.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="172"/>
        <source>Keep conversations</source>
        <translation>Conservar conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="173"/>
        <source>&amp;Forever</source>
        <translation>&amp;Para siempre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="174"/>
        <source>Delete those not updated for (&amp;days):</source>
        <translation>Eliminar las no actualizadas en (&amp;días):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="175"/>
        <source>Keep only the most recent (&amp;number):</source>
        <translation>Conservar solo las más recientes (&amp;número):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="178"/>
        <source>Keep conversations forever</source>
        <translation>Conservar las conversaciones para siempre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="179"/>
        <source>Delete conversations after a number of days</source>
        <translation>Eliminar las conversaciones tras un número de días</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="180"/>
        <source>Keep only a number of recent conversations</source>
        <translation>Conservar solo un número de conversaciones recientes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="185"/>
        <source>Days to keep</source>
        <translation>Días que se conservan</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="186"/>
        <source>Conversations to keep</source>
        <translation>Conversaciones que se conservan</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="195"/>
        <source>Pinned conversations are always kept. The policy runs hourly.</source>
        <translation>Las conversaciones fijadas se conservan siempre. La política se aplica cada hora.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>&amp;Apply now</source>
        <translation>&amp;Aplicar ahora</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>Apply the retention policy now</source>
        <translation>Aplicar ahora la política de conservación</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="218"/>
        <source>What is recorded</source>
        <translation>Qué se registra</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="220"/>
        <source>Anon&amp;ymous mode: keep no record of conversations at all</source>
        <translation>&amp;Modo anónimo: no guardar ningún registro de las conversaciones</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="222"/>
        <source>Anonymous mode</source>
        <translation>Modo anónimo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="223"/>
        <source>Keep my recorded &amp;voice with each message</source>
        <translation>Guardar mi &amp;voz grabada con cada mensaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="224"/>
        <source>Keep voice notes</source>
        <translation>Guardar notas de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="233"/>
        <source>Encryption key</source>
        <translation>Clave de cifrado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="234"/>
        <source>Looking for the key…</source>
        <translation>Buscando la clave…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>&amp;Rotate key</source>
        <translation>&amp;Renovar clave</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>Re-encrypt the history with a new key</source>
        <translation>Volver a cifrar el historial con una clave nueva</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="241"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="242"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="257"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="259"/>
        <source>Delete &amp;everything…</source>
        <translation>Eliminar &amp;todo…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="260"/>
        <source>Delete every conversation and the key</source>
        <translation>Eliminar todas las conversaciones y la clave</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="265"/>
        <source>Deletes every conversation and forgets the key. This cannot be undone.</source>
        <translation>Elimina todas las conversaciones y olvida la clave. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="316"/>
        <source>Conversations are kept forever.</source>
        <translation>Las conversaciones se conservan para siempre.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="330"/>
        <source>Nothing to remove.</source>
        <translation>No hay nada que quitar.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="332"/>
        <source>Removed 1 conversation.</source>
        <translation>Se quitó 1 conversación.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="334"/>
        <source>Removed {0} conversations.</source>
        <translation>Se quitaron {0} conversaciones.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="346"/>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="347"/>
        <source>The key is kept in your system keyring ({0}).</source>
        <translation>La clave se guarda en el llavero del sistema ({0}).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="350"/>
        <source>The key is protected by your passphrase, in {0}. There is no secure keyring.</source>
        <translation>La clave está protegida por su frase de contraseña, en {0}. No hay un llavero seguro.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="366"/>
        <source>Re-encrypting…</source>
        <translation>Volviendo a cifrar…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="369"/>
        <source>The history is now encrypted with a new key.</source>
        <translation>El historial está ahora cifrado con una clave nueva.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="384"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="387"/>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="421"/>
        <source>The history was deleted</source>
        <translation>Se eliminó el historial</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="422"/>
        <source>restart CallBot to begin a new, empty history</source>
        <translation>reinicie CallBot para empezar un historial nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="425"/>
        <source>Everything was deleted, and the key forgotten.</source>
        <translation>Se eliminó todo y se olvidó la clave.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="155"/>
        <source>Search</source>
        <extracomment>A result was activated: (conversation id, message id). Results of the current query are shown (their number; 0 for &quot;no results&quot;).</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="158"/>
        <source>Find anything said in your conversations. Put a phrase in &quot;quotes&quot;, exclude a word with -word, or find either word with OR.</source>
        <translation>Encuentre cualquier cosa dicha en sus conversaciones. Ponga una frase entre &quot;comillas&quot;, excluya una palabra con -palabra o busque una u otra palabra con OR.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="166"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="167"/>
        <source>Search conversations…</source>
        <translation>Buscar en las conversaciones…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="169"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="175"/>
        <source>Who said it</source>
        <translation>Quién lo dijo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="177"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="178"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="179"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="180"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="388"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="183"/>
        <source>Persona</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="184"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="404"/>
        <source>Any persona</source>
        <translation>Cualquier personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="185"/>
        <source>Order of results</source>
        <translation>Orden de los resultados</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="186"/>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="187"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="188"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="190"/>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="191"/>
        <source>Past 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="192"/>
        <source>Past 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="193"/>
        <source>Past 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="194"/>
        <source>Between dates</source>
        <translation>Entre fechas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="198"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="199"/>
        <source>Until date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="203"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="204"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Personaje:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="205"/>
        <source>W&amp;hen:</source>
        <translation>Cu&amp;ándo:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="206"/>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="218"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="221"/>
        <source>Between:</source>
        <translation>Entre:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="226"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="267"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="313"/>
        <source>Type above to search every conversation.</source>
        <translation>Escriba arriba para buscar en todas las conversaciones.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="324"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="340"/>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="354"/>
        <source>1 result.</source>
        <translation>1 resultado.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="356"/>
        <source>{0} results.</source>
        <translation>{0} resultados.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="358"/>
        <source>Press Enter on one to open it.</source>
        <translation>Pulse Intro sobre uno para abrirlo.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="362"/>
        <source>No messages match “{0}”. Try fewer words, or other filters.</source>
        <translation>Ningún mensaje coincide con «{0}». Pruebe con menos palabras u otros filtros.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="376"/>
        <source>The search failed ({0})</source>
        <translation>La búsqueda falló ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="377"/>
        <source>try again; if it keeps failing, see the log</source>
        <translation>inténtelo de nuevo; si sigue fallando, consulte el registro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="406"/>
        <source>No persona</source>
        <translation>Sin personaje</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="84"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="85"/>
        <source>S&amp;peaker:</source>
        <translation>&amp;Altavoz:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="86"/>
        <source>&amp;Hands-free (listen all the time)</source>
        <translation>Manos &amp;libres (escuchar siempre)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="87"/>
        <source>Let my voice &amp;interrupt the assistant</source>
        <translation>Mi voz puede interr&amp;umpir al asistente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="88"/>
        <source>Shortest speech (ms):</source>
        <translation>Voz más corta (ms):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="89"/>
        <source>Pause that ends my turn (ms):</source>
        <translation>Pausa que termina mi turno (ms):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="90"/>
        <source>&amp;Whisper model:</source>
        <translation>Modelo de &amp;Whisper:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="91"/>
        <source>Runs on:</source>
        <translation>Se ejecuta en:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="92"/>
        <source>Spoken &amp;language:</source>
        <translation>&amp;Idioma hablado:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="93"/>
        <source>&amp;Faster recognition of short sentences</source>
        <translation>Reconocimiento más rá&amp;pido de frases cortas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="94"/>
        <source>Voice &amp;engine:</source>
        <translation>Motor de &amp;voz:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="95"/>
        <source>&amp;Voice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="96"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="97"/>
        <source>Ollama &amp;address:</source>
        <translation>&amp;Dirección de Ollama:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="98"/>
        <source>Ollama m&amp;odel:</source>
        <translation>M&amp;odelo de Ollama:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="99"/>
        <source>Built-in model threa&amp;ds (0: automatic):</source>
        <translation>&amp;Hilos del modelo integrado (0: automático):</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="100"/>
        <source>P&amp;ush-to-talk key:</source>
        <translation>&amp;Tecla para hablar:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="101"/>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="102"/>
        <source>Interface lan&amp;guage:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="103"/>
        <source>Start hidde&amp;n in the system tray</source>
        <translation>Iniciar oculto en la bandeja del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="111"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="123"/>
        <source>Speech recognition</source>
        <translation>Reconocimiento de voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="126"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="127"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="130"/>
        <source>Shortcuts and appearance</source>
        <translation>Atajos y apariencia</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="136"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="139"/>
        <source>Changes are checked and saved at once. Hover over a setting to see what it does.</source>
        <translation>Los cambios se comprueban y guardan al instante. Pase el ratón por encima de un ajuste para ver qué hace.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="145"/>
        <source>Problem with a setting</source>
        <translation>Problema con un ajuste</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="173"/>
        <source>All settings</source>
        <translation>Todos los ajustes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <source>Default: {0}</source>
        <translation>Predeterminado: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="436"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>&amp;Refresh devices</source>
        <translation>Actualiza&amp;r dispositivos</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>Refresh device lists</source>
        <translation>Actualizar las listas de dispositivos</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Te&amp;st microphone</source>
        <translation>Probar mi&amp;crófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Test microphone</source>
        <translation>Probar micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="234"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="235"/>
        <source>Microphone test result</source>
        <translation>Resultado de la prueba del micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test spea&amp;ker</source>
        <translation>Probar altav&amp;oz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test speaker</source>
        <translation>Probar altavoz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="239"/>
        <source>Speaker test result</source>
        <translation>Resultado de la prueba del altavoz</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>&amp;Check connection</source>
        <translation>Comprobar co&amp;nexión</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="248"/>
        <source>Connection check result</source>
        <translation>Resultado de la comprobación de conexión</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="256"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="257"/>
        <source>Processor (CPU)</source>
        <translation>Procesador (CPU)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="258"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="259"/>
        <source>Piper (offline)</source>
        <translation>Piper (sin conexión)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="260"/>
        <source>Edge (online, Microsoft)</source>
        <translation>Edge (en línea, Microsoft)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="261"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="262"/>
        <source>Built-in model</source>
        <translation>Modelo integrado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="263"/>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="264"/>
        <source>For a number of days</source>
        <translation>Durante un número de días</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="265"/>
        <source>The newest conversations only</source>
        <translation>Solo las conversaciones más recientes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="266"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="267"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="268"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="346"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="367"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="347"/>
        <source>{0} (not connected)</source>
        <translation>{0} (no conectado)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="369"/>
        <source>System default ({0})</source>
        <translation>Predeterminado del sistema ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="380"/>
        <source>Listening for {0:g} seconds: say something…</source>
        <translation>Escuchando durante {0:g} segundos: diga algo…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="393"/>
        <source>Almost nothing was heard (loudest {0:.0f} dB). Check that {1} is not muted, or choose another microphone.</source>
        <translation>Apenas se oyó nada (máximo {0:.0f} dB). Compruebe que {1} no esté silenciado o elija otro micrófono.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="397"/>
        <source>{0} works: loudest {1:.0f} dB.</source>
        <translation>{0} funciona: máximo {1:.0f} dB.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="404"/>
        <source>Playing a beep…</source>
        <translation>Reproduciendo un pitido…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="415"/>
        <source>Played a beep on {0}. Did you hear it?</source>
        <translation>Se reprodujo un pitido en {0}. ¿Lo ha oído?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="424"/>
        <source>Asking {0}…</source>
        <translation>Consultando {0}…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="437"/>
        <source>Ollama {0} answers at {1}. Models: {2}.</source>
        <translation>Ollama {0} responde en {1}. Modelos: {2}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="441"/>
        <source>The model {0} is not installed: run `ollama pull {0}`.</source>
        <translation>El modelo {0} no está instalado: ejecute `ollama pull {0}`.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="172"/>
        <source>{0}: progress</source>
        <translation>{0}: progreso</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="175"/>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="176"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="177"/>
        <source>Retry: {0}</source>
        <translation>Reintentar: {0}</translation>
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
        <translation>Hablar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="46"/>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="48"/>
        <source>Hold while you speak, or click to start and click again to send</source>
        <translation>Manténgalo pulsado mientras habla, o haga clic para empezar y otra vez para enviar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="50"/>
        <source>Hold while you speak, or click to start and stop</source>
        <translation>Manténgalo pulsado mientras habla, o haga clic para empezar y terminar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="57"/>
        <source>&amp;Hands-free</source>
        <translation>&amp;Manos libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="59"/>
        <source>Hands-free listening</source>
        <translation>Escucha manos libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="60"/>
        <source>Listen all the time; a pause ends your turn</source>
        <translation>Escuchar siempre; una pausa termina su turno</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="63"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="65"/>
        <source>Mute the microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="68"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="70"/>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="71"/>
        <source>Stop speaking now (Esc)</source>
        <translation>Dejar de hablar ahora (Esc)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="77"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="84"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="85"/>
        <source>Type a message and press Enter</source>
        <translation>Escriba un mensaje y pulse Intro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="87"/>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="120"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="89"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="68"/>
        <source>&amp;Push to talk</source>
        <translation>&amp;Pulsar para hablar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="69"/>
        <source>&amp;Hands-free</source>
        <translation>&amp;Manos libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="70"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="71"/>
        <source>P&amp;ersona</source>
        <translation>P&amp;ersonaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="72"/>
        <source>&amp;Show window</source>
        <translation>Mostrar &amp;ventana</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="74"/>
        <source>CallBot menu</source>
        <translation>Menú de CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="75"/>
        <source>Persona</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="86"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="87"/>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="88"/>
        <source>Thinking</source>
        <translation>Pensando</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="89"/>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="90"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="100"/>
        <source>CallBot — {state}</source>
        <translation>CallBot — {state}</translation>
    </message>
</context>
</TS>
