<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Bubble</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="58"/>
        <source>(interrupted)</source>
        <translation>(interrompu)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>You said</source>
        <translation>Vous avez dit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="71"/>
        <source>Assistant said</source>
        <translation>L&apos;assistant a dit</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="82"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/chat_view.py" line="93"/>
        <source>Press and hold the talk button, or type below. Your words appear here.</source>
        <translation>Maintenez le bouton Parler enfoncé ou tapez ci-dessous. Vos paroles s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="377"/>
        <source>Welcome to CallBot</source>
        <translation>Bienvenue dans CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="381"/>
        <source>CallBot is a voice assistant that runs on this computer. Before you start, here is what it keeps, and what (if anything) leaves this computer.</source>
        <translation>CallBot est un assistant vocal qui fonctionne sur cet ordinateur. Avant de commencer, voici ce qu&apos;il conserve et ce qui quitte (éventuellement) cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="389"/>
        <source>I &amp;understand how my conversations are kept and where they go</source>
        <translation>J&apos;ai &amp;compris comment mes conversations sont conservées et où elles vont</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="391"/>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="397"/>
        <source>What is stored</source>
        <translation>Ce qui est conservé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="400"/>
        <source>Your conversations (what you say and the answers) are kept on this computer only, encrypted. The key is kept in your system keyring; if there is no secure keyring, you choose a passphrase that protects it.</source>
        <translation>Vos conversations (ce que vous dites et les réponses) sont conservées uniquement sur cet ordinateur, chiffrées. La clé est gardée dans le trousseau du système&#xa0;; s&apos;il n&apos;y a pas de trousseau sécurisé, vous choisissez une phrase de passe qui la protège.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="405"/>
        <source>Also keep recordings of my &amp;voice</source>
        <translation>Conserver aussi les enregistrements de ma &amp;voix</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="406"/>
        <source>Keep voice recordings</source>
        <translation>Conserver les enregistrements vocaux</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="409"/>
        <source>&amp;Anonymous mode: keep no record of conversations at all</source>
        <translation>Mode &amp;anonyme&#xa0;: ne garder aucune trace des conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="411"/>
        <source>Anonymous mode</source>
        <translation>Mode anonyme</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="421"/>
        <source>What leaves this computer</source>
        <translation>Ce qui quitte cet ordinateur</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="424"/>
        <source>Nothing, unless you choose the online voices: they send the text to be spoken to Microsoft. The offline voice never sends anything.</source>
        <translation>Rien, sauf si vous choisissez les voix en ligne&#xa0;: elles envoient à Microsoft le texte à prononcer. La voix hors ligne n&apos;envoie jamais rien.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="428"/>
        <source>&amp;Offline voice (Piper), recommended</source>
        <translation>Voix &amp;hors ligne (Piper), recommandée</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="429"/>
        <source>Offline voice, Piper</source>
        <translation>Voix hors ligne, Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="431"/>
        <source>O&amp;nline voices (Microsoft Edge): the text to be spoken goes to Microsoft</source>
        <translation>Voix en &amp;ligne (Microsoft Edge)&#xa0;: le texte à prononcer est envoyé à Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="433"/>
        <source>Online voices, Microsoft Edge</source>
        <translation>Voix en ligne, Microsoft Edge</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="50"/>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="51"/>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="56"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="61"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="63"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="100"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="117"/>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="142"/>
        <source>Conversation actions</source>
        <translation>Actions sur la conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="143"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="144"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="145"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="151"/>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="160"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/conversation_list.py" line="161"/>
        <source>Delete “{0}” for good?</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;» définitivement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DeleteEverythingDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="74"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="75"/>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="78"/>
        <source>This deletes every conversation, voice note and persona you saved, and the key that encrypts them. It cannot be undone.

Type {0} to confirm.</source>
        <translation>Cela supprime toutes les conversations, notes vocales et personnages enregistrés, ainsi que la clé qui les chiffre. C&apos;est irréversible.

Tapez {0} pour confirmer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="84"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="88"/>
        <source>&amp;Delete everything</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="90"/>
        <source>Delete everything, for good</source>
        <translation>Tout supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../callbot_desktop/app.py" line="269"/>
        <source>The new language shows everywhere after CallBot restarts.</source>
        <translation>La nouvelle langue s’affichera partout après le redémarrage de CallBot.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="308"/>
        <source>CallBot is still running</source>
        <translation>CallBot fonctionne toujours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/app.py" line="309"/>
        <source>It keeps listening for your push-to-talk key. Quit it from the tray menu.</source>
        <translation>Il reste à l&apos;écoute de votre touche pour parler. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="121"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="124"/>
        <source>How each part of CallBot is doing, and how quickly it answers. These figures are computed on this computer from your history and never leave it.</source>
        <translation>L&apos;état de chaque composant de CallBot et sa rapidité de réponse. Ces chiffres sont calculés sur cet ordinateur à partir de votre historique et ne le quittent jamais.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="131"/>
        <source>Component health</source>
        <translation>État des composants</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="132"/>
        <source>Press “Check again” to test every component.</source>
        <translation>«&#xa0;Vérifier à nouveau&#xa0;» teste chaque composant.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="133"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="134"/>
        <source>Check components again</source>
        <translation>Vérifier à nouveau les composants</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="136"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="137"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="139"/>
        <source>Versions, health and latency medians; no conversation text</source>
        <translation>Versions, état et latences médianes&#xa0;; aucun texte de conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="142"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>Latency of recent voice turns</source>
        <translation>Latence des derniers tours vocaux</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="151"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="152"/>
        <source>Voice turn (oldest to newest)</source>
        <translation>Tour vocal (du plus ancien au plus récent)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="160"/>
        <source>Latency summary</source>
        <translation>Résumé de la latence</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="162"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <source>Turns per day (last 30 days)</source>
        <translation>Tours par jour (30 derniers jours)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="167"/>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>turns</source>
        <translation>tours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="168"/>
        <source>Turns per persona</source>
        <translation>Tours par personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="170"/>
        <source>Usage summary</source>
        <translation>Résumé de l&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="172"/>
        <source>Usage (stays on this computer)</source>
        <translation>Utilisation (reste sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="215"/>
        <source>Checking every component…</source>
        <translation>Vérification de chaque composant…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="244"/>
        <source>Usage appears once the history is open.</source>
        <translation>L&apos;utilisation s&apos;affiche une fois l&apos;historique ouvert.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="270"/>
        <source>No voice turns yet: talk to CallBot and the delays appear here.</source>
        <translation>Aucun tour vocal pour l&apos;instant&#xa0;: parlez à CallBot et les délais s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="275"/>
        <source>Median time from the end of your speech to the first audio: {0:.2f} s (last {1} voice turns).</source>
        <translation>Temps médian entre la fin de votre parole et le premier son&#xa0;: {0:.2f} s ({1} derniers tours vocaux).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="291"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="305"/>
        <source>{0} replies in the last {1} days, {2} in all. Counted on this computer from your encrypted history; nothing is sent anywhere.</source>
        <translation>{0} réponses sur les {1} derniers jours, {2} au total. Comptées sur cet ordinateur à partir de votre historique chiffré&#xa0;; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="312"/>
        <source>Transcript ready</source>
        <translation>Transcription prête</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="313"/>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="314"/>
        <source>First sentence</source>
        <translation>Première phrase</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/diagnostics_panel.py" line="315"/>
        <source>First audio</source>
        <translation>Premier son</translation>
    </message>
</context>
<context>
    <name>DialogPassphraseProvider</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="217"/>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Cette phrase de passe n&apos;a pas déverrouillé l&apos;historique. Réessayez.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../callbot_desktop/ui/bridge.py" line="183"/>
        <source>The voice engine is still starting…</source>
        <extracomment>Builds the engine (on the engine&apos;s thread: it may probe Ollama), given the event callback. component, done, detail, fraction (-1: unknown), error (&apos;&apos; when fine) a piece of the reply, as it is about to be spoken the reply is over; True when it was cut short conversation id (&apos;&apos; when anonymous), timings message, fix the engine is loaded and listening (or failed to start: error was emitted) the backend&apos;s model names, the one in use, and which backend answers (in words)</extracomment>
        <translation>Le moteur vocal est encore en cours de démarrage…</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="72"/>
        <source>Export</source>
        <extracomment>The export ended: an ExportSummary, or the exception that stopped it.</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="75"/>
        <source>Save conversations to a file: JSON can be imported again, Markdown is easy to read. An encrypted export can be opened with the standard age tool.</source>
        <translation>Enregistrez des conversations dans un fichier&#xa0;: le JSON peut être réimporté, le Markdown se lit facilement. Un export chiffré s&apos;ouvre avec l&apos;outil standard age.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="83"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="84"/>
        <source>JSON (can be imported again)</source>
        <translation>JSON (réimportable)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="85"/>
        <source>Markdown (easy to read)</source>
        <translation>Markdown (facile à lire)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="87"/>
        <source>&amp;All conversations</source>
        <translation>&amp;Toutes les conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="88"/>
        <source>Export all conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="90"/>
        <location filename="../callbot_desktop/ui/export_panel.py" line="179"/>
        <source>Only the &amp;selected conversation</source>
        <translation>Seulement la conversation &amp;sélectionnée</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="91"/>
        <source>Export only the selected conversation</source>
        <translation>Exporter seulement la conversation sélectionnée</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="102"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="103"/>
        <source>None: a readable file</source>
        <translation>Aucun&#xa0;: un fichier lisible</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="104"/>
        <source>age, with a passphrase</source>
        <translation>age, avec une phrase de passe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="105"/>
        <source>age, for public keys (recipients)</source>
        <translation>age, pour des clés publiques (destinataires)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="106"/>
        <source>Export passphrase</source>
        <translation>Phrase de passe de l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="107"/>
        <source>Export passphrase again</source>
        <translation>Confirmer la phrase de passe de l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="110"/>
        <source>age public keys</source>
        <translation>Clés publiques age</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="111"/>
        <source>age1… (several: separate with spaces)</source>
        <translation>age1… (plusieurs&#xa0;: séparez-les par des espaces)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="115"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="116"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="117"/>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="118"/>
        <source>A&amp;gain:</source>
        <translation>Co&amp;nfirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="119"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="122"/>
        <source>Conversations:</source>
        <translation>Conversations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="125"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="127"/>
        <source>Export to a file</source>
        <translation>Exporter dans un fichier</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="129"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="130"/>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="140"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="144"/>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="190"/>
        <source>Only the &amp;selected conversation (“{0}”)</source>
        <translation>Seulement la conversation &amp;sélectionnée («&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>The two passphrases differ</source>
        <translation>Les deux phrases de passe diffèrent</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="211"/>
        <source>type the same one twice</source>
        <translation>tapez deux fois la même</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>Encrypted files (*.age)</source>
        <translation>Fichiers chiffrés (*.age)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="227"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="229"/>
        <source>Export conversations</source>
        <translation>Exporter les conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>The export was cancelled</source>
        <translation>L&apos;export a été annulé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="250"/>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="266"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="279"/>
        <source>Encrypting…</source>
        <translation>Chiffrement en cours…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="294"/>
        <source>, encrypted</source>
        <translation>, chiffré</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="296"/>
        <source>Exported 1 conversation ({1} messages{2}) to {3}.</source>
        <translation>1 conversation exportée ({1} messages{2}) vers {3}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="298"/>
        <source>Exported {0} conversations ({1} messages{2}) to {3}.</source>
        <translation>{0} conversations exportées ({1} messages{2}) vers {3}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="301"/>
        <source>Folder: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/export_panel.py" line="304"/>
        <source>The export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="353"/>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>the online Microsoft voices</source>
        <translation>les voix en ligne de Microsoft</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="361"/>
        <source>Piper</source>
        <translation>Piper</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="363"/>
        <source>Nothing is recorded (anonymous mode).</source>
        <translation>Rien n&apos;est enregistré (mode anonyme).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="365"/>
        <source>Conversations are kept, encrypted, on this computer.</source>
        <translation>Les conversations sont conservées, chiffrées, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="369"/>
        <source>CallBot speaks with {0}. {1} It listens to {2}.

Hold {3} (or the talk button) to talk. Press Finish to save these choices; you can change them any time in Settings.</source>
        <translation>CallBot parle avec {0}. {1} Il écoute {2}.

Maintenez {3} (ou le bouton Parler) pour parler. Cliquez sur Terminer pour enregistrer ces choix&#xa0;; vous pourrez les modifier à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="375"/>
        <source>the system default microphone</source>
        <translation>le micro par défaut du système</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="395"/>
        <source>Set up CallBot</source>
        <translation>Configurer CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="407"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="408"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="409"/>
        <source>Finish the set-up and save</source>
        <translation>Terminer la configuration et enregistrer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="410"/>
        <source>Cancel the set-up</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="439"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="57"/>
        <source>Something went wrong ({0}: {1}). See the log for details.</source>
        <translation>Une erreur s&apos;est produite ({0}&#xa0;: {1}). Consultez le journal pour plus de détails.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="113"/>
        <source>The push-to-talk key is empty; for example: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>La touche pour parler est vide&#xa0;; par exemple&#xa0;: &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="129"/>
        <source>Unknown key {key!r} in {text!r}; use names such as &lt;space&gt;, &lt;f9&gt; or a letter</source>
        <translation>Touche inconnue {key!r} dans {text!r}&#xa0;; utilisez des noms comme &lt;space&gt;, &lt;f9&gt; ou une lettre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="138"/>
        <source>{text!r} names two keys; use modifiers and one key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} désigne deux touches&#xa0;; utilisez des modificateurs et une seule touche, comme &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_keys.py" line="146"/>
        <source>{text!r} has only modifiers; add a key, like &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</source>
        <translation>{text!r} ne contient que des modificateurs&#xa0;; ajoutez une touche, comme &lt;ctrl&gt;+&lt;alt&gt;+&lt;space&gt;</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="144"/>
        <source>No global hotkey: there is no X display (DISPLAY is not set) and no Wayland session. The key still works while the window has focus.</source>
        <translation>Pas de raccourci global&#xa0;: il n&apos;y a pas d&apos;affichage X (DISPLAY n&apos;est pas défini) ni de session Wayland. La touche fonctionne quand même tant que la fenêtre a le focus.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="235"/>
        <source>No global hotkey: </source>
        <translation>Pas de raccourci global&#xa0;: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="272"/>
        <source>Push to talk (hold)</source>
        <translation>Appuyer pour parler (maintenir)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey.py" line="317"/>
        <source>The push-to-talk key sequence is empty</source>
        <translation>La combinaison de touches pour parler est vide</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="65"/>
        <source>No global hotkey: the Python package jeepney is missing</source>
        <translation>Pas de raccourci global&#xa0;: le paquet Python jeepney est manquant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="71"/>
        <source>No global hotkey: no D-Bus session bus for the desktop portal: </source>
        <translation>Pas de raccourci global&#xa0;: aucun bus de session D-Bus pour le portail du bureau&#xa0;: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="92"/>
        <source>The global push-to-talk shortcut stopped: </source>
        <translation>Le raccourci global pour parler s&apos;est arrêté&#xa0;: </translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/hotkey_portal.py" line="126"/>
        <source>the desktop declined the shortcut</source>
        <translation>le bureau a refusé le raccourci</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="73"/>
        <source>Pages</source>
        <extracomment>the window was closed while a tray icon keeps the app running</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="78"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="79"/>
        <source>Personas</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="80"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="81"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="82"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="83"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="84"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="90"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="115"/>
        <source>Assistant state</source>
        <translation>État de l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="117"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="119"/>
        <source>Starting… Your data is in {0}</source>
        <translation>Démarrage… Vos données sont dans {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="135"/>
        <source>Persona</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="136"/>
        <source>Who the assistant is</source>
        <translation>Qui est l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="140"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Personnage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="288"/>
        <source>Now talking with {0}</source>
        <translation>Vous parlez maintenant avec {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="298"/>
        <source>Built-in model</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="305"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="307"/>
        <source>Small and offline: Ollama gives better answers</source>
        <translation>Petit et hors ligne : Ollama répond mieux</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="341"/>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="342"/>
        <source>Ready — hold Talk, or type</source>
        <translation>Prêt — maintenez Parler ou tapez</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="343"/>
        <source>Listening…</source>
        <translation>À l&apos;écoute…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="344"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="345"/>
        <source>Speaking…</source>
        <translation>Parle…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="346"/>
        <source>Microphone muted</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="347"/>
        <source>Not listening</source>
        <translation>N&apos;écoute pas</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="360"/>
        <source>{0}: ready</source>
        <translation>{0}&#xa0;: prêt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="362"/>
        <source>Loading {0}… {1}%</source>
        <translation>Chargement de {0}… {1} %</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="364"/>
        <source>Loading {0}…</source>
        <translation>Chargement de {0}…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/main_window.py" line="369"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="139"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="141"/>
        <location filename="../callbot_desktop/ui/first_run.py" line="213"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="143"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="149"/>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="154"/>
        <source>&amp;Listen again</source>
        <translation>Ré&amp;écouter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="155"/>
        <source>Listen to the microphone again</source>
        <translation>Écouter à nouveau le micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="166"/>
        <source>Test your microphone</source>
        <translation>Testez votre micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="170"/>
        <source>Choose the microphone CallBot listens to, then say something, for example “Hello, can you hear me?”. The bar moves when sound comes in.</source>
        <translation>Choisissez le micro qu&apos;écoute CallBot, puis dites quelque chose, par exemple «&#xa0;Bonjour, vous m&apos;entendez&#xa0;?&#xa0;». La barre bouge quand du son arrive.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="212"/>
        <source>System default ({0})</source>
        <translation>Par défaut du système ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="218"/>
        <source>{0} (not connected)</source>
        <translation>{0} (non connecté)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="236"/>
        <source>Opening the microphone…</source>
        <translation>Ouverture du micro…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="304"/>
        <source>Listening to {0}. Say something…</source>
        <translation>Écoute de {0}. Dites quelque chose…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>{0:.0f} dB</source>
        <translation>{0:.0f} dB</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="309"/>
        <source>silent</source>
        <translation>silence</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="314"/>
        <source>✔ I can hear you!</source>
        <translation>✔ Je vous entends&#xa0;!</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="319"/>
        <source>Working out what you said…</source>
        <translation>Analyse de ce que vous avez dit…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="321"/>
        <source>I heard: “{0}”</source>
        <translation>J&apos;ai entendu&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="324"/>
        <source>I heard something, but could not make out words.</source>
        <translation>J&apos;ai entendu quelque chose, mais sans distinguer de mots.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run.py" line="327"/>
        <source>The microphone stopped ({0}). Waiting for it…</source>
        <translation>Le micro s&apos;est arrêté ({0}). En attente…</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="245"/>
        <source>Speech recognition</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="246"/>
        <source>Offline voice</source>
        <translation>Voix hors ligne</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="247"/>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="253"/>
        <source>Getting ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="257"/>
        <source>CallBot loads the speech recognizer and the offline voice, and looks for the language model that will answer you. Everything runs on this computer.</source>
        <translation>CallBot charge la reconnaissance vocale et la voix hors ligne, et cherche le modèle de langage qui vous répondra. Tout fonctionne sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="293"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="306"/>
        <source>Something could not be set up. You can press Retry, or go on now: what failed will not work until it is fixed (see Settings).</source>
        <translation>Un élément n&apos;a pas pu être configuré. Vous pouvez cliquer sur Réessayer, ou continuer&#xa0;: ce qui a échoué ne fonctionnera pas tant que ce n&apos;est pas corrigé (voir les Paramètres).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="350"/>
        <source>Ready: {0}</source>
        <translation>Prêt&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="355"/>
        <source>Ready: the {0} voice</source>
        <translation>Prête&#xa0;: la voix {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="362"/>
        <source>Ollama {0} will answer, at {1}.</source>
        <translation>Ollama {0} répondra, à l&apos;adresse {1}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="363"/>
        <source>Ollama will answer, at {0}.</source>
        <translation>Ollama répondra, à l&apos;adresse {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="365"/>
        <source>The built-in model will answer, as chosen in Settings.</source>
        <translation>Le modèle intégré répondra, comme choisi dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="366"/>
        <source>Ollama does not answer at {0}</source>
        <translation>Ollama ne répond pas à l&apos;adresse {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="367"/>
        <source>The built-in model will answer: {0}.</source>
        <translation>Le modèle intégré répondra&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="53"/>
        <source>Unlock your history</source>
        <translation>Déverrouillez votre historique</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="54"/>
        <source>Protect your history</source>
        <translation>Protégez votre historique</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="55"/>
        <source>Change the history passphrase</source>
        <translation>Changer la phrase de passe de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="59"/>
        <source>There is no secure keyring on this computer, so your conversations are protected by a passphrase. Type it to open them.</source>
        <translation>Il n&apos;y a pas de trousseau sécurisé sur cet ordinateur&#xa0;; vos conversations sont donc protégées par une phrase de passe. Tapez-la pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="63"/>
        <source>There is no secure keyring on this computer. Choose a passphrase to protect your conversations; you will need it each time CallBot starts. It cannot be recovered if you forget it.</source>
        <translation>Il n&apos;y a pas de trousseau sécurisé sur cet ordinateur. Choisissez une phrase de passe pour protéger vos conversations&#xa0;; elle vous sera demandée à chaque démarrage de CallBot. Elle ne peut pas être récupérée si vous l&apos;oubliez.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="68"/>
        <source>Type the passphrase you use now, then the new one twice. Your conversations stay as they are.</source>
        <translation>Tapez votre phrase de passe actuelle, puis deux fois la nouvelle. Vos conversations restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="80"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="81"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>New passphrase again</source>
        <translation>Confirmer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="85"/>
        <source>&amp;Current:</source>
        <translation>&amp;Actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="88"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="89"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="91"/>
        <source>&amp;Show passphrase</source>
        <translation>Affic&amp;her la phrase de passe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="92"/>
        <source>Show the passphrase as you type</source>
        <translation>Afficher la phrase de passe pendant la saisie</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="141"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least {0} characters.</source>
        <translation>Utilisez au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="148"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/passphrase_dialog.py" line="150"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase de passe est identique à l&apos;actuelle.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="132"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="143"/>
        <source>Personas</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="135"/>
        <source>Who the assistant is: its instructions, model, voice and greeting. Built-in personas can be edited and reset; your own can be deleted.</source>
        <translation>Qui est l&apos;assistant&#xa0;: ses instructions, son modèle, sa voix et sa salutation. Les personnages intégrés peuvent être modifiés et réinitialisés&#xa0;; les vôtres peuvent être supprimés.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="145"/>
        <source>New persona</source>
        <translation>Nouveau personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="147"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="441"/>
        <source>Delete persona</source>
        <translation>Supprimer le personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>&amp;Import…</source>
        <translation>Import&amp;er…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="150"/>
        <source>Import personas from a TOML file</source>
        <translation>Importer des personnages depuis un fichier TOML</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="153"/>
        <source>Export all personas to a TOML file</source>
        <translation>Exporter tous les personnages dans un fichier TOML</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="173"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="186"/>
        <source>A short name, e.g. Chef</source>
        <translation>Un nom court, par ex. Chef</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="188"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="189"/>
        <source>Instructions: who the assistant is…</source>
        <translation>Instructions&#xa0;: qui est l&apos;assistant…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="193"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="194"/>
        <source>Settings model ({0})</source>
        <translation>Modèle des Paramètres ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="197"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="201"/>
        <source>Low: focused and repeatable. High: more varied.</source>
        <translation>Basse&#xa0;: précise et reproductible. Haute&#xa0;: plus variée.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="203"/>
        <source>Voice engine</source>
        <translation>Moteur vocal</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="205"/>
        <source>As in Settings ({0})</source>
        <translation>Comme dans les Paramètres ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="210"/>
        <source>Piper .onnx file or Edge voice; empty = Settings</source>
        <translation>Fichier .onnx Piper ou voix Edge&#xa0;; vide = Paramètres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="212"/>
        <source>e.g. en, de; empty = auto</source>
        <translation>par ex. en, de&#xa0;; vide = auto</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="213"/>
        <source>Said when a call starts</source>
        <translation>Prononcée au début d&apos;un appel</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="215"/>
        <source>Conversation starters</source>
        <translation>Idées pour commencer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="216"/>
        <source>One suggestion per line</source>
        <translation>Une suggestion par ligne</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="222"/>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="223"/>
        <source>System &amp;prompt:</source>
        <translation>&amp;Prompt système&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="224"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="225"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="226"/>
        <source>Voice &amp;engine:</source>
        <translation>Moteur &amp;vocal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="227"/>
        <source>&amp;Voice:</source>
        <translation>Vo&amp;ix&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="228"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="229"/>
        <source>&amp;Greeting:</source>
        <translation>Sal&amp;utation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="230"/>
        <source>St&amp;arters:</source>
        <translation>I&amp;dées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="232"/>
        <source>Save persona</source>
        <translation>Enregistrer le personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="235"/>
        <source>Reset to &amp;built-in</source>
        <translation>Rétablir l&apos;ori&amp;ginal</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="236"/>
        <source>Reset to built-in</source>
        <translation>Rétablir l&apos;original</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>P&amp;review voice</source>
        <translation>É&amp;couter la voix</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="240"/>
        <source>Preview voice</source>
        <translation>Écouter la voix</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in, edited)</source>
        <translation>  (intégré, modifié)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="289"/>
        <source>  (built-in)</source>
        <translation>  (intégré)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="356"/>
        <source>Fill in the new persona and press Save.</source>
        <translation>Remplissez le nouveau personnage et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="379"/>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="387"/>
        <source>Deleted {0}.</source>
        <translation>{0} supprimé.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="399"/>
        <source>{0} is the built-in version again.</source>
        <translation>{0} est revenu à la version d&apos;origine.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="408"/>
        <source>Imported personas from {0}.</source>
        <translation>Personnages importés depuis {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="414"/>
        <source>Exported to {0}.</source>
        <translation>Exporté vers {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="442"/>
        <source>Delete the persona {0}? Conversations with it are kept.</source>
        <translation>Supprimer le personnage {0}&#xa0;? Les conversations avec lui sont conservées.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="455"/>
        <source>Import personas</source>
        <translation>Importer des personnages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="449"/>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Personas (*.toml)</source>
        <translation>Personnages (*.toml)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="456"/>
        <source>Replace personas that have the same name?</source>
        <translation>Remplacer les personnages portant le même nom&#xa0;?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="464"/>
        <source>Export personas</source>
        <translation>Exporter les personnages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="477"/>
        <source>Hello, I am {0}.</source>
        <translation>Bonjour, je suis {0}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="478"/>
        <source>your assistant</source>
        <translation>votre assistant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="481"/>
        <source>Speaking the greeting…</source>
        <translation>Lecture de la salutation…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/personas_panel.py" line="490"/>
        <source>Played {0:.1f} s of speech.</source>
        <translation>{0:.1f} s de parole lues.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="132"/>
        <source>Privacy</source>
        <extracomment>Apply-now finished: how many conversations were removed. The key was rotated, or its passphrase changed. Everything was deleted (the history is unavailable from now on).</extracomment>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="135"/>
        <source>Your conversations stay on this computer, encrypted. Choose how long they are kept, what is recorded, and manage the key that protects them.</source>
        <translation>Vos conversations restent chiffrées sur cet ordinateur. Choisissez combien de temps elles sont conservées, ce qui est enregistré, et gérez la clé qui les protège.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="172"/>
        <source>Keep conversations</source>
        <translation>Conserver les conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="173"/>
        <source>&amp;Forever</source>
        <translation>&amp;Pour toujours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="174"/>
        <source>Delete those not updated for (&amp;days):</source>
        <translation>Supprimer celles non modifiées depuis (&amp;jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="175"/>
        <source>Keep only the most recent (&amp;number):</source>
        <translation>Ne garder que les plus récentes (&amp;nombre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="178"/>
        <source>Keep conversations forever</source>
        <translation>Conserver les conversations pour toujours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="179"/>
        <source>Delete conversations after a number of days</source>
        <translation>Supprimer les conversations après un nombre de jours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="180"/>
        <source>Keep only a number of recent conversations</source>
        <translation>Ne garder qu&apos;un nombre de conversations récentes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="185"/>
        <source>Days to keep</source>
        <translation>Jours de conservation</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="186"/>
        <source>Conversations to keep</source>
        <translation>Conversations à garder</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="195"/>
        <source>Pinned conversations are always kept. The policy runs hourly.</source>
        <translation>Les conversations épinglées sont toujours conservées. La règle s&apos;applique toutes les heures.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>&amp;Apply now</source>
        <translation>&amp;Appliquer maintenant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="198"/>
        <source>Apply the retention policy now</source>
        <translation>Appliquer la règle de conservation maintenant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="218"/>
        <source>What is recorded</source>
        <translation>Ce qui est enregistré</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="220"/>
        <source>Anon&amp;ymous mode: keep no record of conversations at all</source>
        <translation>&amp;Mode anonyme&#xa0;: ne garder aucune trace des conversations</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="222"/>
        <source>Anonymous mode</source>
        <translation>Mode anonyme</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="223"/>
        <source>Keep my recorded &amp;voice with each message</source>
        <translation>Conserver ma &amp;voix enregistrée avec chaque message</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="224"/>
        <source>Keep voice notes</source>
        <translation>Conserver les notes vocales</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="233"/>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="234"/>
        <source>Looking for the key…</source>
        <translation>Recherche de la clé…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>&amp;Rotate key</source>
        <translation>&amp;Renouveler la clé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="238"/>
        <source>Re-encrypt the history with a new key</source>
        <translation>Rechiffrer l&apos;historique avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="241"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Changer la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="242"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="257"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="259"/>
        <source>Delete &amp;everything…</source>
        <translation>&amp;Tout supprimer…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="260"/>
        <source>Delete every conversation and the key</source>
        <translation>Supprimer toutes les conversations et la clé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="265"/>
        <source>Deletes every conversation and forgets the key. This cannot be undone.</source>
        <translation>Supprime toutes les conversations et oublie la clé. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="316"/>
        <source>Conversations are kept forever.</source>
        <translation>Les conversations sont conservées pour toujours.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="330"/>
        <source>Nothing to remove.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="332"/>
        <source>Removed 1 conversation.</source>
        <translation>1 conversation supprimée.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="334"/>
        <source>Removed {0} conversations.</source>
        <translation>{0} conversations supprimées.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="346"/>
        <source>the system keyring</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="347"/>
        <source>The key is kept in your system keyring ({0}).</source>
        <translation>La clé est gardée dans le trousseau du système ({0}).</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="350"/>
        <source>The key is protected by your passphrase, in {0}. There is no secure keyring.</source>
        <translation>La clé est protégée par votre phrase de passe, dans {0}. Il n&apos;y a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="366"/>
        <source>Re-encrypting…</source>
        <translation>Rechiffrement…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="369"/>
        <source>The history is now encrypted with a new key.</source>
        <translation>L&apos;historique est maintenant chiffré avec une nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="384"/>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="387"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="421"/>
        <source>The history was deleted</source>
        <translation>L&apos;historique a été supprimé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="422"/>
        <source>restart CallBot to begin a new, empty history</source>
        <translation>redémarrez CallBot pour commencer un nouvel historique vide</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/privacy_panel.py" line="425"/>
        <source>Everything was deleted, and the key forgotten.</source>
        <translation>Tout a été supprimé et la clé oubliée.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="155"/>
        <source>Search</source>
        <extracomment>A result was activated: (conversation id, message id). Results of the current query are shown (their number; 0 for &quot;no results&quot;).</extracomment>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="158"/>
        <source>Find anything said in your conversations. Put a phrase in &quot;quotes&quot;, exclude a word with -word, or find either word with OR.</source>
        <translation>Retrouvez tout ce qui a été dit dans vos conversations. Mettez une expression entre &quot;guillemets&quot;, excluez un mot avec -mot, ou cherchez l&apos;un ou l&apos;autre mot avec OR.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="166"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="167"/>
        <source>Search conversations…</source>
        <translation>Rechercher dans les conversations…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="169"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="175"/>
        <source>Who said it</source>
        <translation>Qui l&apos;a dit</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="177"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="178"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="179"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="387"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="180"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="388"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="183"/>
        <source>Persona</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="184"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="404"/>
        <source>Any persona</source>
        <translation>Tous les personnages</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="185"/>
        <source>Order of results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="186"/>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="187"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="188"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="190"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="191"/>
        <source>Past 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="192"/>
        <source>Past 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="193"/>
        <source>Past 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="194"/>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="198"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="199"/>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="203"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="204"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Personnage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="205"/>
        <source>W&amp;hen:</source>
        <translation>Q&amp;uand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="206"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="218"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="221"/>
        <source>Between:</source>
        <translation>Entre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="226"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="267"/>
        <location filename="../callbot_desktop/ui/search_panel.py" line="313"/>
        <source>Type above to search every conversation.</source>
        <translation>Tapez ci-dessus pour rechercher dans toutes les conversations.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="324"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="340"/>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="354"/>
        <source>1 result.</source>
        <translation>1 résultat.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="356"/>
        <source>{0} results.</source>
        <translation>{0} résultats.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="358"/>
        <source>Press Enter on one to open it.</source>
        <translation>Appuyez sur Entrée sur l&apos;un d&apos;eux pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="362"/>
        <source>No messages match “{0}”. Try fewer words, or other filters.</source>
        <translation>Aucun message ne correspond à «&#xa0;{0}&#xa0;». Essayez avec moins de mots ou d&apos;autres filtres.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="376"/>
        <source>The search failed ({0})</source>
        <translation>La recherche a échoué ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="377"/>
        <source>try again; if it keeps failing, see the log</source>
        <translation>réessayez&#xa0;; si l&apos;échec persiste, consultez le journal</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/search_panel.py" line="406"/>
        <source>No persona</source>
        <translation>Aucun personnage</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="84"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="85"/>
        <source>S&amp;peaker:</source>
        <translation>&amp;Haut-parleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="86"/>
        <source>&amp;Hands-free (listen all the time)</source>
        <translation>Mains &amp;libres (écoute permanente)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="87"/>
        <source>Let my voice &amp;interrupt the assistant</source>
        <translation>Ma voix peut &amp;interrompre l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="88"/>
        <source>Shortest speech (ms):</source>
        <translation>Parole la plus courte (ms)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="89"/>
        <source>Pause that ends my turn (ms):</source>
        <translation>Pause qui termine mon tour (ms)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="90"/>
        <source>&amp;Whisper model:</source>
        <translation>Modèle &amp;Whisper&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="91"/>
        <source>Runs on:</source>
        <translation>S&apos;exécute sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="92"/>
        <source>Spoken &amp;language:</source>
        <translation>Langue &amp;parlée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="93"/>
        <source>&amp;Faster recognition of short sentences</source>
        <translation>Reconnaissance plus &amp;rapide des phrases courtes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="94"/>
        <source>Voice &amp;engine:</source>
        <translation>Moteur &amp;vocal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="95"/>
        <source>&amp;Voice:</source>
        <translation>Voi&amp;x&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="96"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="97"/>
        <source>Ollama &amp;address:</source>
        <translation>&amp;Adresse d&apos;Ollama&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="98"/>
        <source>Ollama m&amp;odel:</source>
        <translation>M&amp;odèle Ollama&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="99"/>
        <source>Built-in model threa&amp;ds (0: automatic):</source>
        <translation>Threa&amp;ds du modèle intégré (0&#xa0;: automatique)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="100"/>
        <source>P&amp;ush-to-talk key:</source>
        <translation>&amp;Touche pour parler&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="101"/>
        <source>&amp;Theme:</source>
        <translation>Th&amp;ème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="102"/>
        <source>Interface lan&amp;guage:</source>
        <translation>Lan&amp;gue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="103"/>
        <source>Start hidde&amp;n in the system tray</source>
        <translation>Démarrer masqué dans la zone de &amp;notification</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="111"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="123"/>
        <source>Speech recognition</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="126"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="127"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="130"/>
        <source>Shortcuts and appearance</source>
        <translation>Raccourcis et apparence</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="136"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="139"/>
        <source>Changes are checked and saved at once. Hover over a setting to see what it does.</source>
        <translation>Les modifications sont vérifiées et enregistrées immédiatement. Survolez un paramètre pour voir son effet.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="145"/>
        <source>Problem with a setting</source>
        <translation>Problème avec un paramètre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="173"/>
        <source>All settings</source>
        <translation>Tous les paramètres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <source>Default: {0}</source>
        <translation>Par défaut&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="216"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="436"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>&amp;Refresh devices</source>
        <translation>Act&amp;ualiser les périphériques</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="229"/>
        <source>Refresh device lists</source>
        <translation>Actualiser les listes de périphériques</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Te&amp;st microphone</source>
        <translation>Tester le mi&amp;cro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="232"/>
        <source>Test microphone</source>
        <translation>Tester le micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="234"/>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="235"/>
        <source>Microphone test result</source>
        <translation>Résultat du test du micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test spea&amp;ker</source>
        <translation>T&amp;ester le haut-parleur</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="237"/>
        <source>Test speaker</source>
        <translation>Tester le haut-parleur</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="239"/>
        <source>Speaker test result</source>
        <translation>Résultat du test du haut-parleur</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>&amp;Check connection</source>
        <translation>Véri&amp;fier la connexion</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="246"/>
        <source>Check connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="248"/>
        <source>Connection check result</source>
        <translation>Résultat de la vérification de connexion</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="256"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="257"/>
        <source>Processor (CPU)</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="258"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="259"/>
        <source>Piper (offline)</source>
        <translation>Piper (hors ligne)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="260"/>
        <source>Edge (online, Microsoft)</source>
        <translation>Edge (en ligne, Microsoft)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="261"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="262"/>
        <source>Built-in model</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="263"/>
        <source>Keep forever</source>
        <translation>Conserver pour toujours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="264"/>
        <source>For a number of days</source>
        <translation>Pendant un nombre de jours</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="265"/>
        <source>The newest conversations only</source>
        <translation>Seulement les conversations les plus récentes</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="266"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="267"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="268"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="346"/>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="367"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="347"/>
        <source>{0} (not connected)</source>
        <translation>{0} (non connecté)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="369"/>
        <source>System default ({0})</source>
        <translation>Par défaut du système ({0})</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="380"/>
        <source>Listening for {0:g} seconds: say something…</source>
        <translation>Écoute pendant {0:g} secondes&#xa0;: dites quelque chose…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="393"/>
        <source>Almost nothing was heard (loudest {0:.0f} dB). Check that {1} is not muted, or choose another microphone.</source>
        <translation>Presque rien n&apos;a été entendu (maximum {0:.0f} dB). Vérifiez que {1} n&apos;est pas coupé, ou choisissez un autre micro.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="397"/>
        <source>{0} works: loudest {1:.0f} dB.</source>
        <translation>{0} fonctionne&#xa0;: maximum {1:.0f} dB.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="404"/>
        <source>Playing a beep…</source>
        <translation>Lecture d&apos;un bip…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="415"/>
        <source>Played a beep on {0}. Did you hear it?</source>
        <translation>Bip joué sur {0}. L&apos;avez-vous entendu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="424"/>
        <source>Asking {0}…</source>
        <translation>Interrogation de {0}…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="437"/>
        <source>Ollama {0} answers at {1}. Models: {2}.</source>
        <translation>Ollama {0} répond à l&apos;adresse {1}. Modèles&#xa0;: {2}.</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/settings_panel.py" line="441"/>
        <source>The model {0} is not installed: run `ollama pull {0}`.</source>
        <translation>Le modèle {0} n&apos;est pas installé&#xa0;: exécutez `ollama pull {0}`.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="172"/>
        <source>{0}: progress</source>
        <translation>{0}&#xa0;: progression</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="175"/>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="176"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/first_run_pages.py" line="177"/>
        <source>Retry: {0}</source>
        <translation>Réessayer&#xa0;: {0}</translation>
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
        <translation>Parler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="46"/>
        <source>Push to talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="48"/>
        <source>Hold while you speak, or click to start and click again to send</source>
        <translation>Maintenez pendant que vous parlez, ou cliquez pour commencer et cliquez à nouveau pour envoyer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="50"/>
        <source>Hold while you speak, or click to start and stop</source>
        <translation>Maintenez pendant que vous parlez, ou cliquez pour commencer et arrêter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="57"/>
        <source>&amp;Hands-free</source>
        <translation>Mains &amp;libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="59"/>
        <source>Hands-free listening</source>
        <translation>Écoute mains libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="60"/>
        <source>Listen all the time; a pause ends your turn</source>
        <translation>Écoute permanente&#xa0;; une pause termine votre tour</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="63"/>
        <source>&amp;Mute</source>
        <translation>&amp;Couper le micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="65"/>
        <source>Mute the microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="68"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="70"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="71"/>
        <source>Stop speaking now (Esc)</source>
        <translation>Arrêter de parler maintenant (Échap)</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="77"/>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="84"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="85"/>
        <source>Type a message and press Enter</source>
        <translation>Tapez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="87"/>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="120"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/talk_controls.py" line="89"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="68"/>
        <source>&amp;Push to talk</source>
        <translation>&amp;Appuyer pour parler</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="69"/>
        <source>&amp;Hands-free</source>
        <translation>Mains &amp;libres</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="70"/>
        <source>&amp;Mute</source>
        <translation>&amp;Couper le micro</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="71"/>
        <source>P&amp;ersona</source>
        <translation>P&amp;ersonnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="72"/>
        <source>&amp;Show window</source>
        <translation>Affic&amp;her la fenêtre</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="74"/>
        <source>CallBot menu</source>
        <translation>Menu de CallBot</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="75"/>
        <source>Persona</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="86"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="87"/>
        <source>Listening</source>
        <translation>À l&apos;écoute</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="88"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="89"/>
        <source>Speaking</source>
        <translation>Parle</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="90"/>
        <source>Muted</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <location filename="../callbot_desktop/ui/tray.py" line="100"/>
        <source>CallBot — {state}</source>
        <translation>CallBot — {state}</translation>
    </message>
</context>
</TS>
