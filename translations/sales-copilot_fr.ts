<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Sales Copilot</source>
        <translation>Sales Copilot</translation>
    </message>
    <message>
        <source>The workspace could not be opened.

%1</source>
        <translation>L’espace de travail n’a pas pu être ouvert.

%1</translation>
    </message>
</context>
<context>
    <name>sc::agents::AgentHost</name>
    <message>
        <source>Another Sales Copilot (process %1) is already running the agents of this workspace. Close it first.</source>
        <translation>Un autre Sales Copilot (processus %1) fait déjà tourner les agents de cet espace de travail. Fermez-le d’abord.</translation>
    </message>
    <message>
        <source>No agent runs jobs of kind &quot;%1&quot;.</source>
        <translation>Aucun agent n’exécute les travaux de type &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation</name>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>First email</source>
        <translation>Premier e-mail</translation>
    </message>
    <message>
        <source>the conversation&apos;s language</source>
        <translation>la langue de la conversation</translation>
    </message>
    <message>
        <source>the prospect&apos;s language</source>
        <translation>la langue du prospect</translation>
    </message>
    <message>
        <source>the language of their website</source>
        <translation>la langue de son site web</translation>
    </message>
    <message>
        <source>the language of their country</source>
        <translation>la langue de son pays</translation>
    </message>
    <message>
        <source>your default language</source>
        <translation>votre langue par défaut</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::ConversationAgent</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Draft emails</source>
        <translation>Rédiger des e-mails</translation>
    </message>
    <message>
        <source>No key for %1.</source>
        <translation>Aucune clé pour %1.</translation>
    </message>
    <message>
        <source>%1 of %2 drafted</source>
        <translation>%1 sur %2 rédigés</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Drafter</name>
    <message>
        <source>%1 has no email address.</source>
        <translation>%1 n’a pas d’adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list: no draft was written.</source>
        <translation>%1 est sur la liste « ne pas contacter » : aucun brouillon n’a été rédigé.</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted: no draft was written.</source>
        <translation>%1 a demandé à ne pas être contacté : aucun brouillon n’a été rédigé.</translation>
    </message>
    <message>
        <source>%1 has not written to you: there is nothing to reply to.</source>
        <translation>%1 ne vous a pas écrit : il n’y a rien à quoi répondre.</translation>
    </message>
    <message>
        <source>The latest message from %1 is a &quot;%2&quot;: it is never answered with a sales reply.</source>
        <translation>Le dernier message de %1 est « %2 » : on n’y répond jamais par une réponse commerciale.</translation>
    </message>
    <message>
        <source>This month&apos;s AI budget ($%1) is spent: drafts come from your templates until next month, or raise the budget in Settings.</source>
        <translation>Le budget IA du mois (%1 $) est dépensé : les brouillons viennent de vos modèles jusqu’au mois prochain, ou augmentez le budget dans Paramètres.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The model stopped before the end: read the end of this draft closely.</source>
        <translation>Le modèle s’est arrêté avant la fin : relisez attentivement la fin de ce brouillon.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: first_touch, follow_up or reply.</source>
        <translation>Type « %1 » inconnu : first_touch, follow_up ou reply.</translation>
    </message>
    <message>
        <source>There is no prospect %1.</source>
        <translation>Il n’y a pas de prospect %1.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>No AI provider is set up: written from your template.</source>
        <translation>Aucun fournisseur d’IA n’est configuré : rédigé à partir de votre modèle.</translation>
    </message>
    <message>
        <source>There is no %1 template in this language: add one in Templates.</source>
        <translation>Il n’y a pas de modèle %1 dans cette langue : ajoutez-en un dans Modèles.</translation>
    </message>
    <message>
        <source>There is no template for this kind of email either: add one in Templates.</source>
        <translation>Il n’y a pas non plus de modèle pour ce type d’e-mail : ajoutez-en un dans Modèles.</translation>
    </message>
    <message>
        <source>The template could not be rendered.</source>
        <translation>Le modèle n’a pas pu être rempli.</translation>
    </message>
    <message>
        <source>no document of yours</source>
        <translation>aucun de vos documents</translation>
    </message>
    <message>
        <source>one of your documents</source>
        <translation>un de vos documents</translation>
    </message>
    <message>
        <source>%1 of your documents</source>
        <translation>%1 de vos documents</translation>
    </message>
    <message>
        <source>%1 for %2, in %3 (%4), written by %5 from %6.</source>
        <translation>%1 pour %2, en %3 (%4), rédigé par %5 à partir de %6.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>%1 for %2, in %3 (%4), from the template &quot;%5&quot;.</source>
        <translation>%1 pour %2, en %3 (%4), à partir du modèle « %5 ».</translation>
    </message>
    <message>
        <source>A draft of this kind for this prospect already waits in Approvals.</source>
        <translation>Un brouillon de ce type pour ce prospect attend déjà dans Approbations.</translation>
    </message>
    <message>
        <source>This draft was decided meanwhile: it was not written again.</source>
        <translation>Ce brouillon a été traité entre-temps : il n’a pas été réécrit.</translation>
    </message>
    <message>
        <source>Rewriting needs an AI provider: add one in Settings › AI providers.</source>
        <translation>Réécrire demande un fournisseur d’IA : ajoutez-en un dans Paramètres › Fournisseurs d’IA.</translation>
    </message>
    <message>
        <source>Written from your template.</source>
        <translation>Rédigé à partir de votre modèle.</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Embedder</name>
    <message>
        <source>Anthropic has no embeddings API: the knowledge base is searched by keywords alone (BM25). Set an embedding model on an OpenAI or local (Ollama) provider for hybrid search.</source>
        <translation>Anthropic n’a pas d’API d’embeddings : la base de connaissances est interrogée par mots-clés seuls (BM25). Indiquez un modèle d’embeddings sur un fournisseur OpenAI ou local (Ollama) pour une recherche hybride.</translation>
    </message>
    <message>
        <source>Embedding was cancelled.</source>
        <translation>Le calcul des embeddings a été annulé.</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Guardrails</name>
    <message>
        <source>Removed a line with %1: it is in neither the conversation nor your documents.</source>
        <translation>Ligne avec %1 retirée : cela ne figure ni dans la conversation ni dans vos documents.</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::LlmProvider</name>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>the model server at %1</source>
        <translation>le serveur de modèles à l’adresse %1</translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::retry</name>
    <message>
        <source>Writing was cancelled.</source>
        <translation>La rédaction a été annulée.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection, or that the local model server is running.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion à Internet, ou que le serveur de modèles local est démarré.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again, or draft from a template.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez, ou rédigez à partir d’un modèle.</translation>
    </message>
    <message>
        <source>No API key is set for %1. Add it in Settings, AI providers, or draft from a template.</source>
        <translation>Aucune clé d’API n’est enregistrée pour %1. Ajoutez-la dans Paramètres, Fournisseurs d’IA, ou rédigez à partir d’un modèle.</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key for this provider in Settings, AI providers.</source>
        <translation>%1 a refusé la clé d’API. Vérifiez la clé de ce fournisseur dans Paramètres, Fournisseurs d’IA.</translation>
    </message>
    <message>
        <source>%1 did not accept the request (%2). Check the model name in Settings, AI providers.</source>
        <translation>%1 n’a pas accepté la demande (%2). Vérifiez le nom du modèle dans Paramètres, Fournisseurs d’IA.</translation>
    </message>
    <message>
        <source>%1 is limiting how many requests this account may send. Wait a minute and try again.</source>
        <translation>%1 limite le nombre de demandes de ce compte. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The %1 account has no credit left. Add credit or raise the spending limit on the provider&apos;s website; templates still work meanwhile.</source>
        <translation>Le compte %1 n’a plus de crédit. Ajoutez du crédit ou relevez la limite de dépenses sur le site du fournisseur ; les modèles d’e-mails restent utilisables en attendant.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now. Try again in a few minutes, or draft from a template.</source>
        <translation>%1 est surchargé pour le moment. Réessayez dans quelques minutes, ou rédigez à partir d’un modèle.</translation>
    </message>
    <message>
        <source>%1 had a problem on its side (error %2). Try again later, or draft from a template.</source>
        <translation>%1 a rencontré un problème de son côté (erreur %2). Réessayez plus tard, ou rédigez à partir d’un modèle.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before the end. What arrived is kept: check it, or regenerate.</source>
        <translation>La réponse de %1 a été coupée avant la fin. Ce qui est arrivé est conservé : vérifiez-le, ou régénérez.</translation>
    </message>
    <message>
        <source>%1 sent an answer the app could not read.</source>
        <translation>%1 a envoyé une réponse que l’application n’a pas pu lire.</translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::DecisionAgent</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Train the predictive score</source>
        <translation>Entraîner le score prédictif</translation>
    </message>
    <message>
        <source>Reading outcomes</source>
        <translation>Lecture des résultats</translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::PredictiveScore</name>
    <message numerus="yes">
        <source>trained on %n outcome(s)</source>
        <translation>
            <numerusform>entraîné sur %n résultat</numerusform>
            <numerusform>entraîné sur %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough outcomes: %1 of %2</source>
        <translation>pas assez de résultats : %1 sur %2</translation>
    </message>
    <message>
        <source>not enough replies, meetings or wins: %1 of %2</source>
        <translation>pas assez de réponses, rendez-vous ou affaires gagnées : %1 sur %2</translation>
    </message>
    <message>
        <source>not enough prospects contacted without a reply: %1 of %2</source>
        <translation>pas assez de prospects contactés restés sans réponse : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::ScoreTraits</name>
    <message>
        <source>Title: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Title: no seniority word</source>
        <translation>Poste : aucun mot de séniorité</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Secteur : %1</translation>
    </message>
    <message>
        <source>Company size: %1</source>
        <translation>Taille d’entreprise : %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Technology: %1</source>
        <translation>Technologie : %1</translation>
    </message>
    <message>
        <source>Technology: %1, Country: %2</source>
        <translation>Technologie : %1, Pays : %2</translation>
    </message>
    <message>
        <source>Has a phone number</source>
        <translation>A un numéro de téléphone</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Séquence : %1</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante : %1</translation>
    </message>
    <message>
        <source>Sequence with a %1 step</source>
        <translation>Séquence avec une étape %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Rule score</source>
        <translation>Score par règles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sc::agents::formfiller::FormFiller</name>
    <message>
        <source>Reading %1/robots.txt</source>
        <translation>Lecture de %1/robots.txt</translation>
    </message>
    <message>
        <source>robots.txt of %1 does not allow %2</source>
        <translation>Le robots.txt de %1 n’autorise pas %2</translation>
    </message>
    <message>
        <source>robots.txt of %1 could not be read (%2)</source>
        <translation>Le robots.txt de %1 est illisible (%2)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>the page did not load within %1 s</source>
        <translation>la page ne s’est pas chargée en %1 s</translation>
    </message>
    <message>
        <source>the page answered HTTP %1</source>
        <translation>la page a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>la page n’a pas pu être chargée</translation>
    </message>
    <message numerus="yes">
        <source>no contact form on the %n page(s) read</source>
        <translation>
            <numerusform>aucun formulaire de contact sur la page lue</numerusform>
            <numerusform>aucun formulaire de contact sur les %n pages lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the form on %1</source>
        <translation>Remplissage du formulaire sur %1</translation>
    </message>
    <message>
        <source>the form is protected by %1: it is filled and waits for you</source>
        <translation>le formulaire est protégé par %1 : il est rempli et vous attend</translation>
    </message>
    <message>
        <source>required fields we cannot answer: %1</source>
        <translation>champs obligatoires auxquels nous ne savons pas répondre : %1</translation>
    </message>
    <message>
        <source>the form has more than %1 steps</source>
        <translation>le formulaire a plus de %1 étapes</translation>
    </message>
    <message>
        <source>Next step of the form</source>
        <translation>Étape suivante du formulaire</translation>
    </message>
    <message>
        <source>the form&apos;s next step did not appear (a field may be refused)</source>
        <translation>l’étape suivante du formulaire n’est pas apparue (un champ est peut-être refusé)</translation>
    </message>
    <message>
        <source>Sending the form</source>
        <translation>Envoi du formulaire</translation>
    </message>
    <message>
        <source>no answer after sending the form</source>
        <translation>aucune réponse après l’envoi du formulaire</translation>
    </message>
    <message>
        <source>the site did not answer the form</source>
        <translation>le site n’a pas répondu au formulaire</translation>
    </message>
    <message>
        <source>the site answered HTTP %1</source>
        <translation>le site a répondu HTTP %1</translation>
    </message>
    <message>
        <source>no sign that the site received the message</source>
        <translation>aucun signe que le site a reçu le message</translation>
    </message>
    <message>
        <source>the form refused these fields: %1</source>
        <translation>le formulaire a refusé ces champs : %1</translation>
    </message>
    <message>
        <source>; the page says: %1</source>
        <translation> ; la page dit : %1</translation>
    </message>
</context>
<context>
    <name>sc::agents::formfiller::FormFillerAgent</name>
    <message>
        <source>%1 is on the do-not-contact list: no form sent.</source>
        <translation>%1 est sur la liste « ne pas contacter » : aucun formulaire envoyé.</translation>
    </message>
    <message>
        <source>Form Filler</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Prepare a contact form</source>
        <translation>Préparer un formulaire de contact</translation>
    </message>
    <message>
        <source>Send a contact form</source>
        <translation>Envoyer un formulaire de contact</translation>
    </message>
    <message>
        <source>Contact forms are filled by the desktop app.</source>
        <translation>Les formulaires de contact sont remplis par l’application de bureau.</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Ce prospect n’existe plus.</translation>
    </message>
    <message>
        <source>%1 has no company website.</source>
        <translation>%1 n’a pas de site web d’entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>A contact form already went to %1 for this prospect in the last %n day(s), or waits for approval.</source>
        <translation>
            <numerusform>Un formulaire de contact est déjà parti vers %1 pour ce prospect depuis %n jour, ou attend une approbation.</numerusform>
            <numerusform>Un formulaire de contact est déjà parti vers %1 pour ce prospect depuis %n jours, ou attend une approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the contact form on %1</source>
        <translation>Recherche du formulaire de contact sur %1</translation>
    </message>
    <message>
        <source>The form&apos;s record disappeared.</source>
        <translation>L’enregistrement du formulaire a disparu.</translation>
    </message>
    <message>
        <source>Contact form at %1. Filled: %2.</source>
        <translation>Formulaire de contact sur %1. Rempli : %2.</translation>
    </message>
    <message>
        <source>It has a CAPTCHA (%1): after approval it opens for you to solve and send.</source>
        <translation>Il a un CAPTCHA (%1) : après approbation, il s’ouvre pour que vous le résolviez et l’envoyiez.</translation>
    </message>
    <message>
        <source>The contact form was not approved.</source>
        <translation>Le formulaire de contact n’a pas été approuvé.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: one form every %n minute(s) on %1.</source>
        <translation>
            <numerusform>En attente : un formulaire par minute sur %1.</numerusform>
            <numerusform>En attente : un formulaire toutes les %n minutes sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the contact form on %1</source>
        <translation>Envoi du formulaire de contact sur %1</translation>
    </message>
    <message>
        <source>Fill in your details for contact forms in Settings › Contact forms (missing: %1).</source>
        <translation>Renseignez vos coordonnées dans Paramètres › Formulaires de contact (manquant : %1).</translation>
    </message>
    <message>
        <source>Needs you: solve the CAPTCHA on %1 and send the form</source>
        <translation>À vous : résolvez le CAPTCHA sur %1 et envoyez le formulaire</translation>
    </message>
    <message>
        <source>The app stopped while this form was being sent: it may have reached %1. Check before sending it again.</source>
        <translation>L’application s’est arrêtée pendant l’envoi de ce formulaire : il a peut-être atteint %1. Vérifiez avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>sc::agents::housekeeping::HousekeepingAgent</name>
    <message>
        <source>Housekeeping</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Tidy up the workspace</source>
        <translation>Ranger l’espace de travail</translation>
    </message>
    <message>
        <source>Forgetting old finished jobs</source>
        <translation>Suppression des anciens travaux terminés</translation>
    </message>
    <message>
        <source>Refreshing search statistics</source>
        <translation>Mise à jour des statistiques de recherche</translation>
    </message>
    <message>
        <source>Compacting the journal</source>
        <translation>Compactage du journal</translation>
    </message>
    <message>
        <source>Emptying the trash of prospects deleted over 30 days ago</source>
        <translation>Vidage de la corbeille des prospects supprimés il y a plus de 30 jours</translation>
    </message>
    <message numerus="yes">
        <source>Erasing prospects with no activity for %n month(s)</source>
        <translation>
            <numerusform>Effacement des prospects sans activité depuis %n mois</numerusform>
            <numerusform>Effacement des prospects sans activité depuis %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::agents::importer::ImportAgent</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import prospects from a file</source>
        <translation>Importer des prospects depuis un fichier</translation>
    </message>
    <message>
        <source>%1 The first %2 rows of %3 are in the workspace; Retry continues with row %4.</source>
        <translation>%1 Les %2 premières lignes de %3 sont dans l’espace de travail ; Réessayer reprend à la ligne %4.</translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::ImapClient</name>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Le serveur %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the server name and port.</source>
        <translation>%1 a refusé la connexion : vérifiez le nom du serveur et le port.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la demande : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::InboxAgent</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Fetch new mail</source>
        <translation>Relever le courrier</translation>
    </message>
    <message>
        <source>This mailbox was removed.</source>
        <translation>Cette boîte mail a été supprimée.</translation>
    </message>
    <message>
        <source>No password for %1: %2</source>
        <translation>Pas de mot de passe pour %1 : %2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation>Envoyer le courrier</translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::OutboxSender</name>
    <message>
        <source>The app stopped while the server was taking this message, and it is not in the Sent folder: it may or may not have gone. Check with the recipient or send it again.</source>
        <translation>L’application s’est arrêtée pendant que le serveur recevait ce message, et il n’est pas dans le dossier Envoyés : il est peut-être parti, peut-être pas. Vérifiez auprès du destinataire ou renvoyez-le.</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list.</source>
        <translation>%1 est sur la liste « ne pas contacter ».</translation>
    </message>
    <message>
        <source>The connection broke while the server was taking this message: %1</source>
        <translation>La connexion a été coupée pendant que le serveur recevait ce message : %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: an email leaves only once its record can be saved.</source>
        <translation>%1 Rien n’a été envoyé : un e-mail ne part que si sa trace peut être enregistrée.</translation>
    </message>
    <message>
        <source>To stop receiving these emails, reply &quot;unsubscribe&quot;.</source>
        <translation>Pour ne plus recevoir ces e-mails, répondez « désinscription ».</translation>
    </message>
    <message>
        <source>To stop receiving these emails: %1</source>
        <translation>Pour ne plus recevoir ces e-mails : %1</translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::SmtpClient</name>
    <message>
        <source>%1 refused the message: %2</source>
        <translation>%1 a refusé le message : %2</translation>
    </message>
</context>
<context>
    <name>sc::agents::research::ResearchAgent</name>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Score the prospects</source>
        <translation>Calculer le score des prospects</translation>
    </message>
    <message>
        <source>Research a company&apos;s website</source>
        <translation>Étudier le site d’une entreprise</translation>
    </message>
    <message>
        <source>Scoring the prospects</source>
        <translation>Calcul du score des prospects</translation>
    </message>
    <message>
        <source>This prospect has no company website to research.</source>
        <translation>Ce prospect n’a pas de site d’entreprise à étudier.</translation>
    </message>
    <message>
        <source>No website to research.</source>
        <translation>Aucun site à étudier.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
</context>
<context>
    <name>sc::app::CaptchaWindow</name>
    <message>
        <source>Contact form on %1 — your turn</source>
        <translation>Formulaire de contact sur %1 — à vous</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales Copilot filled this form and stopped at the CAPTCHA.&lt;/b&gt; Check the fields, solve the CAPTCHA, then press the site&apos;s own Send button. Sales Copilot never solves a CAPTCHA for you.</source>
        <translation>&lt;b&gt;Sales Copilot a rempli ce formulaire et s’est arrêté au CAPTCHA.&lt;/b&gt; Vérifiez les champs, résolvez le CAPTCHA, puis appuyez sur le bouton d’envoi du site. Sales Copilot ne résout jamais un CAPTCHA à votre place.</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Je l’ai envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Pas envoyé</translation>
    </message>
</context>
<context>
    <name>sc::app::Cli</name>
    <message>
        <source>Run &apos;sales-copilot-cli --help&apos; for usage.</source>
        <translation>Lancez « sales-copilot-cli --help » pour l’aide.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation>--workspace attend un dossier</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>The workspace folder (default: the one chosen in the app, else its default workspace)</source>
        <translation>Le dossier de l’espace de travail (par défaut : celui choisi dans l’application, sinon son espace par défaut)</translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation>Afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <source>Log what happens on standard error</source>
        <translation>Journaliser le déroulement sur la sortie d’erreur standard</translation>
    </message>
    <message>
        <source>Show the commands, or with a command its options</source>
        <translation>Afficher les commandes, ou les options d’une commande</translation>
    </message>
</context>
<context>
    <name>sc::app::DesktopApp</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>The workspace file could not be written: %1</source>
        <translation>Le fichier de l’espace de travail n’a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted job(s) were resumed.</source>
        <translation>
            <numerusform>%n opération interrompue a été reprise.</numerusform>
            <numerusform>%n opérations interrompues ont été reprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>L’import n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The import could not be canceled: %1</source>
        <translation>L’import n’a pas pu être annulé : %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non démarrée : %1</translation>
    </message>
    <message>
        <source>Listening on %1, that is on every network address of this computer</source>
        <translation>À l’écoute sur %1, c’est-à-dire sur toutes les adresses réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>Answers in %1 ms</source>
        <translation>Réponse en %1 ms</translation>
    </message>
    <message>
        <source>No key is saved for it: choose Edit… and paste its key.</source>
        <translation>Aucune clé n’est enregistrée pour ce fournisseur : choisissez Modifier… et collez sa clé.</translation>
    </message>
    <message>
        <source>Sending from %1 is paused: %2</source>
        <translation>L’envoi depuis %1 est suspendu : %2</translation>
    </message>
</context>
<context>
    <name>sc::app::SecretStore</name>
    <message>
        <source>Nothing is saved under this name yet.</source>
        <translation>Rien n’est encore enregistré sous ce nom.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so passwords and API keys cannot be saved. Sales Copilot never stores them in plain text. Start or unlock your keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : les mots de passe et clés d’API ne peuvent pas être enregistrés. Sales Copilot ne les stocke jamais en clair. Démarrez ou déverrouillez votre trousseau (GNOME Keyring, KWallet, Trousseau macOS ou Gestionnaire d’identification Windows) puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and allow Sales Copilot, then press Retry.</source>
        <translation>Le trousseau a refusé l’accès. Déverrouillez-le et autorisez Sales Copilot, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>Your keyring is locked or was never created. Unlock it, or create it, then press Retry.</source>
        <translation>Votre trousseau est verrouillé ou n’a jamais été créé. Déverrouillez-le ou créez-le, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>The keychain could not save or read a secret just now. Press Retry; if it keeps failing, restart your computer&apos;s keyring (or log out and back in).</source>
        <translation>Le trousseau n’a pas pu enregistrer ou lire un secret à l’instant. Appuyez sur Réessayer ; si l’échec persiste, redémarrez le trousseau de votre ordinateur (ou déconnectez-vous puis reconnectez-vous).</translation>
    </message>
</context>
<context>
    <name>sc::app::api::SigningKey</name>
    <message>
        <source>%1 must hold at least 32 bytes, base64</source>
        <translation>%1 doit contenir au moins 32 octets, en base64</translation>
    </message>
    <message>
        <source>the API&apos;s signing key lives in the keychain: %1 (or set %2)</source>
        <translation>la clé de signature de l’API est dans le trousseau : %1 (ou définissez %2)</translation>
    </message>
    <message>
        <source>cannot keep the API&apos;s signing key in the keychain: %1</source>
        <translation>impossible de garder la clé de signature de l’API dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::AccountSecrets</name>
    <message>
        <source>there is no account named %1</source>
        <translation>aucun compte ne s’appelle %1</translation>
    </message>
    <message>
        <source>no mail account yet: add one with `accounts add`</source>
        <translation>aucun compte de messagerie : ajoutez-en un avec `accounts add`</translation>
    </message>
    <message>
        <source>Using the password of %1 from %2 for this run only.</source>
        <translation>Mot de passe de %1 lu dans %2, pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>%1: no password: %2 (or set %3)</source>
        <translation>%1 : pas de mot de passe : %2 (ou définissez %3)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::AccountsCommand</name>
    <message>
        <source>accounts test needs the account&apos;s NAME</source>
        <translation>accounts test attend le NAME du compte</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>aucun compte ne s’appelle %1</translation>
    </message>
    <message>
        <source>IMAP %1:%2: connected and logged in.</source>
        <translation>IMAP %1:%2 : connecté et identifié.</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP : %1</translation>
    </message>
    <message>
        <source>SMTP %1:%2: connected and logged in.</source>
        <translation>SMTP %1:%2 : connecté et identifié.</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP : %1</translation>
    </message>
    <message>
        <source>Using the password of %1 from %2 for this run only.</source>
        <translation>Mot de passe de %1 lu dans %2, pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>%1: no password: %2 (or set %3)</source>
        <translation>%1 : pas de mot de passe : %2 (ou définissez %3)</translation>
    </message>
    <message>
        <source>the mail accounts agents read and send with</source>
        <translation>les comptes de messagerie avec lesquels les agents lisent et envoient</translation>
    </message>
    <message>
        <source>add a mail account (its password goes in the keychain)</source>
        <translation>ajouter un compte de messagerie (son mot de passe va dans le trousseau)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>implicit, starttls or none</source>
        <translation>implicit, starttls ou none</translation>
    </message>
    <message>
        <source>password or oauth2</source>
        <translation>password ou oauth2</translation>
    </message>
    <message>
        <source>At most N emails in any 24 hours</source>
        <translation>Au plus N e-mails sur 24 heures</translation>
    </message>
    <message>
        <source>log in to its IMAP and SMTP servers, say what fails</source>
        <translation>se connecter à ses serveurs IMAP et SMTP, indiquer ce qui échoue</translation>
    </message>
    <message>
        <source>show the mail accounts</source>
        <translation>afficher les comptes de messagerie</translation>
    </message>
    <message>
        <source>accounts add needs NAME, --imap URL, --smtp URL and --user USER</source>
        <translation>accounts add attend NAME, --imap URL, --smtp URL et --user USER</translation>
    </message>
    <message>
        <source>--imap must look like imaps://HOST:PORT or imap://HOST:PORT</source>
        <translation>--imap doit avoir la forme imaps://HOST:PORT ou imap://HOST:PORT</translation>
    </message>
    <message>
        <source>--smtp must look like smtps://HOST:PORT or smtp://HOST:PORT</source>
        <translation>--smtp doit avoir la forme smtps://HOST:PORT ou smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>--tls must be implicit, starttls or none</source>
        <translation>--tls doit valoir implicit, starttls ou none</translation>
    </message>
    <message>
        <source>--tls none is only allowed for a server on this computer (127.0.0.1)</source>
        <translation>--tls none n’est permis que pour un serveur sur cet ordinateur (127.0.0.1)</translation>
    </message>
    <message>
        <source>--auth must be password or oauth2</source>
        <translation>--auth doit valoir password ou oauth2</translation>
    </message>
    <message>
        <source>--cap must be a number of emails, 1 or more</source>
        <translation>--cap doit être un nombre d’e-mails, 1 ou plus</translation>
    </message>
    <message>
        <source>cannot add the account %1: %2</source>
        <translation>impossible d’ajouter le compte %1 : %2</translation>
    </message>
    <message>
        <source>Added the account %1. Its password comes from the keychain (Settings, or `secrets set %2`) or, on a machine without one, from %3.</source>
        <translation>Compte %1 ajouté. Son mot de passe vient du trousseau (Paramètres, ou `secrets set %2`) ou, sur une machine qui n’en a pas, de %3.</translation>
    </message>
    <message>
        <source>The mailbox is warmed: sequences send at its full cap from the first day (else 20 a day, +20% a day)</source>
        <translation>La boîte mail est déjà chauffée : les séquences envoient jusqu’à son plafond dès le premier jour (sinon 20 par jour, +20 % par jour)</translation>
    </message>
    <message>
        <source>change a mail account</source>
        <translation>modifier un compte de messagerie</translation>
    </message>
    <message>
        <source>The mailbox is warmed (full cap from the first day)</source>
        <translation>La boîte mail est déjà chauffée (plafond complet dès le premier jour)</translation>
    </message>
    <message>
        <source>The mailbox is new: sequences ramp its sending up</source>
        <translation>La boîte mail est neuve : les séquences augmentent ses envois progressivement</translation>
    </message>
    <message>
        <source>accounts set NAME needs --warmed or --not-warmed</source>
        <translation>accounts set NAME attend --warmed ou --not-warmed</translation>
    </message>
    <message>
        <source>%1 is warmed: sequences send at its full cap.</source>
        <translation>La boîte mail %1 est chauffée : les séquences envoient jusqu’à son plafond.</translation>
    </message>
    <message>
        <source>%1 is new: sequences ramp its sending up (20 a day, +20% a day).</source>
        <translation>La boîte mail %1 est neuve : les séquences augmentent ses envois progressivement (20 par jour, +20 % par jour).</translation>
    </message>
    <message>
        <source>  sending paused: %1</source>
        <translation>  envoi suspendu : %1</translation>
    </message>
    <message>
        <source>stop sending from a mail account until it is resumed</source>
        <translation>suspendre l’envoi depuis un compte de messagerie jusqu’à sa reprise</translation>
    </message>
    <message>
        <source>Why, in your words</source>
        <translation>Pourquoi, avec vos mots</translation>
    </message>
    <message>
        <source>send again from a mail account paused by you, its bounces or a complaint</source>
        <translation>reprendre l’envoi depuis un compte de messagerie suspendu par vous, par ses rebonds ou par une plainte</translation>
    </message>
    <message>
        <source>accounts %1 needs the account&apos;s NAME</source>
        <translation>accounts %1 attend le NAME du compte</translation>
    </message>
    <message>
        <source>Paused by the rep.</source>
        <translation>Suspendu par vous.</translation>
    </message>
    <message>
        <source>%1: sending is paused; queued emails wait until `accounts resume %1`.</source>
        <translation>%1 : l’envoi est suspendu ; les e-mails en file attendent `accounts resume %1`.</translation>
    </message>
    <message>
        <source>%1 was not paused.</source>
        <translation>%1 n’était pas suspendu.</translation>
    </message>
    <message>
        <source>%1 sends again.</source>
        <translation>%1 envoie de nouveau.</translation>
    </message>
    <message>
        <source>accounts needs a subcommand: add NAME ..., set NAME ..., pause NAME, resume NAME, test NAME, list</source>
        <translation>accounts attend une sous-commande : add NAME ..., set NAME ..., pause NAME, resume NAME, test NAME, list</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ApiKeysCommand</name>
    <message>
        <source>the clients allowed to use the local API</source>
        <translation>les clients autorisés à utiliser l’API locale</translation>
    </message>
    <message>
        <source>a new client id and secret (the secret is shown once)</source>
        <translation>un nouvel identifiant client et son secret (le secret n’est affiché qu’une fois)</translation>
    </message>
    <message>
        <source>read, write and/or approve, comma-separated</source>
        <translation>read, write et/ou approve, séparés par des virgules</translation>
    </message>
    <message>
        <source>show every key, revoked ones too</source>
        <translation>afficher toutes les clés, révoquées comprises</translation>
    </message>
    <message>
        <source>revoke a key: its tokens stop working at once</source>
        <translation>révoquer une clé : ses jetons cessent aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>api-keys create NAME --scopes read,write,approve</source>
        <translation>api-keys create NOM --scopes read,write,approve</translation>
    </message>
    <message>
        <source>client_id: %1</source>
        <translation>client_id : %1</translation>
    </message>
    <message>
        <source>client_secret: %1</source>
        <translation>client_secret : %1</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>portées : %1</translation>
    </message>
    <message>
        <source>The secret is shown once: keep it now.</source>
        <translation>Le secret n’est affiché qu’une fois : gardez-le maintenant.</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation>  (révoquée)</translation>
    </message>
    <message>
        <source>api-keys revoke ID</source>
        <translation>api-keys revoke ID</translation>
    </message>
    <message>
        <source>no active API key %1</source>
        <translation>aucune clé d’API active %1</translation>
    </message>
    <message>
        <source>API key %1 revoked: its tokens stop working now.</source>
        <translation>Clé d’API %1 révoquée : ses jetons cessent de fonctionner maintenant.</translation>
    </message>
    <message>
        <source>api-keys create NAME --scopes LIST | api-keys list | api-keys revoke ID</source>
        <translation>api-keys create NOM --scopes LISTE | api-keys list | api-keys revoke ID</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::BenchCommand</name>
    <message>
        <source>measure import and the Prospects view</source>
        <translation>mesurer l’import et la vue Prospects</translation>
    </message>
    <message>
        <source>Number of prospects</source>
        <translation>Nombre de prospects</translation>
    </message>
    <message>
        <source>Rows of the generated CSV for the import benchmark</source>
        <translation>Lignes du CSV généré pour la mesure de l’import</translation>
    </message>
    <message>
        <source>--prospects must be a number of at least 10</source>
        <translation>--prospects doit être un nombre supérieur ou égal à 10</translation>
    </message>
    <message>
        <source>--import-rows must be a number of at least 10</source>
        <translation>--import-rows doit être un nombre supérieur ou égal à 10</translation>
    </message>
    <message>
        <source>generating the demo workspace failed: %1</source>
        <translation>la génération de l’espace de démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>the scoring benchmark changed no score</source>
        <translation>la mesure du calcul des scores n’a changé aucun score</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>the sqlite3 shell could not import %1</source>
        <translation>le shell sqlite3 n’a pas pu importer %1</translation>
    </message>
    <message>
        <source>the sqlite3 shell could not copy the rows into a workspace</source>
        <translation>le shell sqlite3 n’a pas pu copier les lignes dans un espace de travail</translation>
    </message>
    <message>
        <source>after the import benchmark, the search index finds %1 rows for %2</source>
        <translation>après le test d’import, l’index de recherche trouve %1 lignes pour %2</translation>
    </message>
    <message>
        <source>the import benchmark imported %1 of %2 rows: %3</source>
        <translation>la mesure de l’import n’a importé que %1 lignes sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ClassifyCommand</name>
    <message>
        <source>what each message is: bounce, auto-reply, interested...</source>
        <translation>la nature de chaque message : rebond, réponse automatique, intéressé...</translation>
    </message>
    <message>
        <source>classify needs one or more .eml files</source>
        <translation>classify attend un ou plusieurs fichiers .eml</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::Command</name>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut : %1)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>Give up on a page after this long</source>
        <translation>Abandonner une page après ce délai</translation>
    </message>
    <message>
        <source>Reach HOST:PORT at CONNECT-HOST:CONNECT-PORT instead (a test server, a proxy)</source>
        <translation>Joindre HOST:PORT à CONNECT-HOST:CONNECT-PORT à la place (serveur de test, proxy)</translation>
    </message>
    <message>
        <source>Also read sites on this computer or the local network (never link-local addresses)</source>
        <translation>Lire aussi les sites de cet ordinateur ou du réseau local (jamais les adresses lien-local)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DemoCommand</name>
    <message>
        <source>fill a new workspace with invented demo data</source>
        <translation>remplir un nouvel espace de travail avec des données de démonstration fictives</translation>
    </message>
    <message>
        <source>Number of prospects</source>
        <translation>Nombre de prospects</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>--prospects must be a number from 1 to 5000000</source>
        <translation>--prospects doit être un nombre entre 1 et 5000000</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>the workspace %1 already has prospects; demo data goes into a new workspace</source>
        <translation>l’espace de travail %1 contient déjà des prospects ; les données de démonstration vont dans un nouvel espace</translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2 companies, %3 prospects, %4 drafts waiting for approval</source>
        <translation>Espace de démonstration prêt dans %1 : %2 entreprises, %3 prospects, %4 brouillons à approuver</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DncCommand</name>
    <message>
        <source>the do-not-contact list</source>
        <translation>la liste « ne pas contacter »</translation>
    </message>
    <message>
        <source>show the do-not-contact list</source>
        <translation>afficher la liste « ne pas contacter »</translation>
    </message>
    <message>
        <source>never contact this address, or anyone at this domain</source>
        <translation>ne jamais contacter cette adresse, ni personne de ce domaine</translation>
    </message>
    <message>
        <source>Why (kept with the entry)</source>
        <translation>Pourquoi (conservé avec l’entrée)</translation>
    </message>
    <message>
        <source>take an address or a domain off the list</source>
        <translation>retirer une adresse ou un domaine de la liste</translation>
    </message>
    <message>
        <source>add every address or domain of a file (one a line, or a CSV column)</source>
        <translation>ajouter toutes les adresses ou domaines d’un fichier (un par ligne, ou une colonne CSV)</translation>
    </message>
    <message>
        <source>say whether an address may be contacted</source>
        <translation>indiquer si une adresse peut être contactée</translation>
    </message>
    <message>
        <source>dnc needs: list, add VALUE, remove VALUE, import FILE or check EMAIL</source>
        <translation>dnc attend : list, add VALEUR, remove VALEUR, import FICHIER ou check E-MAIL</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list</source>
        <translation>%1 est sur la liste « ne pas contacter »</translation>
    </message>
    <message>
        <source>%1 is not on the do-not-contact list</source>
        <translation>%1 n’est pas sur la liste « ne pas contacter »</translation>
    </message>
    <message>
        <source>%1 removed from the do-not-contact list</source>
        <translation>%1 retiré de la liste « ne pas contacter »</translation>
    </message>
    <message>
        <source>%1 must not be contacted</source>
        <translation>%1 ne doit pas être contacté</translation>
    </message>
    <message>
        <source>%1 may be contacted</source>
        <translation>%1 peut être contacté</translation>
    </message>
    <message>
        <source>%1 entries added</source>
        <translation>%1 entrées ajoutées</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DraftCommand</name>
    <message>
        <source>write a draft for a prospect and put it in Approvals</source>
        <translation>rédiger un brouillon pour un prospect et le placer dans Approbations</translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation>L’identifiant du prospect</translation>
    </message>
    <message>
        <source>first_touch, follow_up or reply</source>
        <translation>first_touch, follow_up ou reply</translation>
    </message>
    <message>
        <source>Start from this template (default: the language&apos;s own)</source>
        <translation>Partir de ce modèle (par défaut : celui de la langue)</translation>
    </message>
    <message>
        <source>What the draft should do or say</source>
        <translation>Ce que le brouillon doit faire ou dire</translation>
    </message>
    <message>
        <source>The message a reply answers (default: the latest)</source>
        <translation>Le message auquel la réponse répond (par défaut : le dernier)</translation>
    </message>
    <message>
        <source>From the template alone, even with a provider</source>
        <translation>À partir du modèle seul, même avec un fournisseur</translation>
    </message>
    <message>
        <source>With no provider (or with --no-ai, or past the monthly budget) the draft comes from a template. Exits with 1 when no draft was written (do-not-contact, unsubscribed, nothing to reply to).</source>
        <translation>Sans fournisseur (ou avec --no-ai, ou au-delà du budget mensuel), le brouillon vient d’un modèle. Quitte avec 1 quand aucun brouillon n’a été rédigé (« ne pas contacter », désabonné, rien à quoi répondre).</translation>
    </message>
    <message>
        <source>draft needs --prospect ID</source>
        <translation>draft demande --prospect ID</translation>
    </message>
    <message>
        <source>--kind is first_touch, follow_up or reply</source>
        <translation>--kind vaut first_touch, follow_up ou reply</translation>
    </message>
    <message>
        <source>--reply-to needs a message id</source>
        <translation>--reply-to demande un identifiant de message</translation>
    </message>
    <message>
        <source>Draft %1 for %2 &lt;%3&gt; is in Approvals.</source>
        <translation>Le brouillon %1 pour %2 &lt;%3&gt; est dans Approbations.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>%1 / %2: %3 tokens in, %4 out, $%5</source>
        <translation>%1 / %2 : %3 jetons en entrée, %4 en sortie, %5 $</translation>
    </message>
    <message>
        <source>source: %1, chunk %2</source>
        <translation>source : %1, passage %2</translation>
    </message>
    <message>
        <source>check: %1 (%2)</source>
        <translation>vérification : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::EmailCommand</name>
    <message>
        <source>find and verify business email addresses</source>
        <translation>trouver et vérifier des adresses e-mail professionnelles</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system&apos;s</source>
        <translation>Interroger ce serveur DNS (une adresse IP) au lieu de celui du système</translation>
    </message>
    <message>
        <source>candidate addresses and how sure (MX, the domain&apos;s pattern; no SMTP probe)</source>
        <translation>adresses candidates et leur fiabilité (MX, modèle du domaine ; sans sonde SMTP)</translation>
    </message>
    <message>
        <source>The company&apos;s domain</source>
        <translation>Le domaine de l’entreprise</translation>
    </message>
    <message>
        <source>how sure an address is (MX, the domain&apos;s pattern; no SMTP probe)</source>
        <translation>fiabilité d’une adresse (MX, modèle du domaine ; sans sonde SMTP)</translation>
    </message>
    <message>
        <source>--dns must be an IP address</source>
        <translation>--dns doit être une adresse IP</translation>
    </message>
    <message>
        <source>email verify needs one address</source>
        <translation>email verify attend une adresse</translation>
    </message>
    <message>
        <source>email needs: find --first NAME [--last NAME] --domain DOMAIN, or verify ADDRESS</source>
        <translation>email attend : find --first NAME [--last NAME] --domain DOMAIN, ou verify ADDRESS</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::EnrichCommand</name>
    <message>
        <source>what the company&apos;s own website says</source>
        <translation>ce que dit le site web de l’entreprise elle-même</translation>
    </message>
    <message>
        <source>Keep what was found in the workspace (the company&apos;s facts)</source>
        <translation>Garder ce qui a été trouvé dans l’espace de travail (les informations de l’entreprise)</translation>
    </message>
    <message>
        <source>Wait at least this long between two requests to the site</source>
        <translation>Attendre au moins ce délai entre deux requêtes au site</translation>
    </message>
    <message>
        <source>enrich needs one domain or web address</source>
        <translation>enrich attend un domaine ou une adresse web</translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds</source>
        <translation>--delay-ms doit être un nombre de millisecondes</translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds, 100 or more</source>
        <translation>--timeout-ms doit être un nombre de millisecondes, 100 ou plus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 salariés</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Pages lues</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré : %1</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ExportCommand</name>
    <message>
        <source>export prospects (columns that import back)</source>
        <translation>exporter des prospects (colonnes réimportables)</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Recherche plein texte</translation>
    </message>
    <message>
        <source>export needs one file</source>
        <translation>export attend un fichier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) exported to %1</source>
        <translation>
            <numerusform>%n prospect exporté vers %1</numerusform>
            <numerusform>%n prospects exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::app::cli::FillFormCommand</name>
    <message>
        <source>find the site&apos;s contact form, fill it and send it (never past a CAPTCHA)</source>
        <translation>trouver le formulaire de contact du site, le remplir et l’envoyer (jamais au-delà d’un CAPTCHA)</translation>
    </message>
    <message>
        <source>The rep&apos;s details (JSON: first_name, last_name, email, phone, company, job_title, website, country, subject, message)</source>
        <translation>Les coordonnées du commercial (JSON : first_name, last_name, email, phone, company, job_title, website, country, subject, message)</translation>
    </message>
    <message>
        <source>The message, instead of the profile&apos;s</source>
        <translation>Le message, à la place de celui du profil</translation>
    </message>
    <message>
        <source>Find and fill the form, but do not send it</source>
        <translation>Trouver et remplir le formulaire, sans l’envoyer</translation>
    </message>
    <message>
        <source>Save the page as it ends (PNG)</source>
        <translation>Enregistrer la page telle qu’elle finit (PNG)</translation>
    </message>
    <message>
        <source>Tick the consent boxes the form requires</source>
        <translation>Cocher les cases de consentement que le formulaire exige</translation>
    </message>
    <message>
        <source>Exit codes: 0 sent or dry run, 3 CAPTCHA, 4 no form, 5 robots.txt, 1 failed.</source>
        <translation>Codes de sortie : 0 envoyé ou essai à blanc, 3 CAPTCHA, 4 pas de formulaire, 5 robots.txt, 1 échec.</translation>
    </message>
    <message>
        <source>fill-form needs one web address</source>
        <translation>fill-form attend une adresse web</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 n’est pas une adresse web</translation>
    </message>
    <message>
        <source>fill-form needs --sender PROFILE.json</source>
        <translation>fill-form attend --sender PROFIL.json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n’est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>the sender profile lacks: %1</source>
        <translation>il manque au profil de l’expéditeur : %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds, 500 or more</source>
        <translation>--timeout-ms doit être un nombre de millisecondes, 500 ou plus</translation>
    </message>
    <message>
        <source>the screenshot could not be saved to %1</source>
        <translation>la capture n’a pas pu être enregistrée dans %1</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(laissé vide)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formulaire : %1</translation>
    </message>
    <message>
        <source>The site said: %1</source>
        <translation>Le site a dit : %1</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::HelpCommand</name>
    <message>
        <source>list the commands, or show one command&apos;s options</source>
        <translation>lister les commandes, ou afficher les options d’une commande</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>Run &apos;sales-copilot-cli help COMMAND&apos; (or COMMAND --help) for a command&apos;s options.</source>
        <translation>Lancez « sales-copilot-cli help COMMANDE » (ou COMMANDE --help) pour les options d’une commande.</translation>
    </message>
    <message>
        <source>help takes a command, and perhaps one of its subcommands</source>
        <translation>help prend une commande, et éventuellement l’une de ses sous-commandes</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ImportCommand</name>
    <message>
        <source>import prospects (HubSpot, Salesforce, Apollo, Excel... exports)</source>
        <translation>importer des prospects (exports HubSpot, Salesforce, Apollo, Excel...)</translation>
    </message>
    <message>
        <source>import needs one file</source>
        <translation>import attend un fichier</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>the import did not finish</source>
        <translation>l’import ne s’est pas terminé</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 importés, %2 mis à jour, %3 inchangés, %4 ignorés</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::InitCommand</name>
    <message>
        <source>create (or upgrade) the workspace</source>
        <translation>créer (ou mettre à niveau) l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l’espace de travail</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init ne prend pas d’argument</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; ready in %2</source>
        <translation>Espace de travail &quot;%1&quot; prêt dans %2</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::JobsCommand</name>
    <message>
        <source>--state must be one of: %1</source>
        <translation>--state doit valoir : %1</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Aucun travail.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>ESSAIS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>jobs enqueue needs one job kind</source>
        <translation>jobs enqueue attend un type d’opération</translation>
    </message>
    <message>
        <source>--payload must be a JSON object</source>
        <translation>--payload doit être un objet JSON</translation>
    </message>
    <message>
        <source>no agent runs jobs of kind &apos;%1&apos; (known: %2)</source>
        <translation>aucun agent n’exécute les travaux de type « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>Job %1 queued</source>
        <translation>Opération %1 mise en file</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>opération %1 : %2</translation>
    </message>
    <message>
        <source>job %1: %2 (%3)</source>
        <translation>opération %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 waiting to retry later</source>
        <translation>%1 réussies, %2 échouées, %3 en attente de nouvel essai</translation>
    </message>
    <message>
        <source>Recovered %1 interrupted job(s)</source>
        <translation>%1 opération(s) interrompue(s) reprise(s)</translation>
    </message>
    <message>
        <source>jobs %1 needs one job id</source>
        <translation>jobs %1 attend un numéro d’opération</translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation>l’opération %1 n’existe pas</translation>
    </message>
    <message>
        <source>job %1 has not failed or been canceled, so it cannot be retried</source>
        <translation>l’opération %1 n’a ni échoué ni été annulée : elle ne peut pas être relancée</translation>
    </message>
    <message>
        <source>Job %1 queued again</source>
        <translation>Opération %1 remise en file</translation>
    </message>
    <message>
        <source>Job %1 canceled</source>
        <translation>Opération %1 annulée</translation>
    </message>
    <message>
        <source>Job %1 is running; it will stop at its next checkpoint</source>
        <translation>L’opération %1 est en cours ; elle s’arrêtera à sa prochaine étape</translation>
    </message>
    <message>
        <source>job %1 has already finished</source>
        <translation>l’opération %1 est déjà terminée</translation>
    </message>
    <message>
        <source>unknown jobs subcommand &apos;%1&apos;</source>
        <translation>sous-commande jobs inconnue « %1 »</translation>
    </message>
    <message>
        <source>the job queue the agents work through</source>
        <translation>la file des travaux que traitent les agents</translation>
    </message>
    <message>
        <source>show queued, running and recent jobs</source>
        <translation>afficher les travaux en file, en cours et récents</translation>
    </message>
    <message>
        <source>Only jobs in this state</source>
        <translation>Seulement les travaux dans cet état</translation>
    </message>
    <message>
        <source>At most N jobs</source>
        <translation>Au plus N opérations</translation>
    </message>
    <message>
        <source>queue a job for the agent that runs its kind</source>
        <translation>mettre en file une opération pour l’agent qui traite son type</translation>
    </message>
    <message>
        <source>JSON object for the job</source>
        <translation>Objet JSON pour l’opération</translation>
    </message>
    <message>
        <source>Higher runs first</source>
        <translation>Les plus élevées passent d’abord</translation>
    </message>
    <message>
        <source>Give up after N attempts</source>
        <translation>Abandonner après N essais</translation>
    </message>
    <message>
        <source>run every due job headless, then exit</source>
        <translation>exécuter sans interface les opérations arrivées à échéance, puis quitter</translation>
    </message>
    <message>
        <source>cancel a queued job, or stop a running one at its next checkpoint</source>
        <translation>annuler une opération en file, ou arrêter une opération en cours à sa prochaine étape</translation>
    </message>
    <message>
        <source>queue a failed or canceled job again</source>
        <translation>remettre en file une opération échouée ou annulée</translation>
    </message>
    <message>
        <source>jobs needs a subcommand: list, enqueue, run, cancel, retry</source>
        <translation>jobs attend une sous-commande : list, enqueue, run, cancel, retry</translation>
    </message>
    <message>
        <source>jobs run takes no arguments</source>
        <translation>jobs run ne prend pas d’argument</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::KbCommand</name>
    <message>
        <source>the knowledge base drafts are grounded in</source>
        <translation>la base de connaissances sur laquelle s’appuient les brouillons</translation>
    </message>
    <message>
        <source>show the documents</source>
        <translation>afficher les documents</translation>
    </message>
    <message>
        <source>the passages that best answer a question, best first</source>
        <translation>les passages qui répondent le mieux à une question, les meilleurs d’abord</translation>
    </message>
    <message>
        <source>At most N passages</source>
        <translation>Au plus N passages</translation>
    </message>
    <message>
        <source>take a document out of the knowledge base</source>
        <translation>retirer un document de la base de connaissances</translation>
    </message>
    <message>
        <source>kb add exits with 1 when any file was refused (the others are added).</source>
        <translation>kb add se termine avec le code 1 si un fichier a été refusé (les autres sont ajoutés).</translation>
    </message>
    <message>
        <source>kb needs: add FILE..., list, search QUERY or remove ID</source>
        <translation>kb attend : add FICHIER..., list, search QUESTION ou remove ID</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit attend un nombre au moins égal à 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 added (%2, %n chunk(s))</source>
        <translation>
            <numerusform>%1 ajouté (%2, %n passage)</numerusform>
            <numerusform>%1 ajouté (%2, %n passages)</numerusform>
        </translation>
    </message>
    <message>
        <source>no passage of the knowledge base matches</source>
        <translation>aucun passage de la base de connaissances ne correspond</translation>
    </message>
    <message>
        <source>%1, chunk %2, page %3</source>
        <translation>%1, passage %2, page %3</translation>
    </message>
    <message>
        <source>%1, chunk %2</source>
        <translation>%1, passage %2</translation>
    </message>
    <message>
        <source>no document %1 in the knowledge base (see kb list)</source>
        <translation>aucun document %1 dans la base de connaissances (voir kb list)</translation>
    </message>
    <message>
        <source>document %1 removed</source>
        <translation>document %1 retiré</translation>
    </message>
    <message>
        <source>keyword search only: %1</source>
        <translation>recherche par mots-clés seule : %1</translation>
    </message>
    <message>
        <source>add documents (text, Markdown, HTML, PDF, Word .docx); each one wholly or not at all</source>
        <translation>ajouter des documents (texte, Markdown, HTML, PDF, Word .docx) ; chacun en entier ou pas du tout</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::MeetingsCommand</name>
    <message>
        <source>the rep&apos;s meetings</source>
        <translation>les rendez-vous du commercial</translation>
    </message>
    <message>
        <source>meetings from --from to --to (default: the next 30 days), with each attendee&apos;s answer</source>
        <translation>les rendez-vous de --from à --to (par défaut : les 30 prochains jours), avec la réponse de chaque invité</translation>
    </message>
    <message>
        <source>From this time (ISO 8601)</source>
        <translation>À partir de cette heure (ISO 8601)</translation>
    </message>
    <message>
        <source>Up to this time (ISO 8601)</source>
        <translation>Jusqu&apos;à cette heure (ISO 8601)</translation>
    </message>
    <message>
        <source>book a meeting with a prospect; prints it with its uid</source>
        <translation>fixer un rendez-vous avec un prospect ; l&apos;affiche avec son uid</translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation>L&apos;identifiant du prospect</translation>
    </message>
    <message>
        <source>When it starts (ISO 8601)</source>
        <translation>Début (ISO 8601)</translation>
    </message>
    <message>
        <source>How long, in minutes (default 30)</source>
        <translation>Durée en minutes (30 par défaut)</translation>
    </message>
    <message>
        <source>What it is called</source>
        <translation>Son titre</translation>
    </message>
    <message>
        <source>A place or a video link</source>
        <translation>Un lieu ou un lien de visio</translation>
    </message>
    <message>
        <source>The zone its invitation shows (IANA; default this machine&apos;s)</source>
        <translation>Le fuseau de l&apos;invitation (IANA ; par défaut celui de cette machine)</translation>
    </message>
    <message>
        <source>The mailbox that organizes it (default: the first)</source>
        <translation>La boîte mail qui l&apos;organise (par défaut : la première)</translation>
    </message>
    <message>
        <source>move a meeting (its length kept unless --duration); raises its sequence</source>
        <translation>déplacer un rendez-vous (même durée sauf --duration) ; augmente sa séquence</translation>
    </message>
    <message>
        <source>When it starts now (ISO 8601)</source>
        <translation>Nouveau début (ISO 8601)</translation>
    </message>
    <message>
        <source>How long, in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>cancel a meeting</source>
        <translation>annuler un rendez-vous</translation>
    </message>
    <message>
        <source>meetings needs: list, create, move ID or cancel ID</source>
        <translation>meetings attend : list, create, move ID ou cancel ID</translation>
    </message>
    <message>
        <source>%1 is not a meeting id</source>
        <translation>%1 n&apos;est pas un identifiant de rendez-vous</translation>
    </message>
    <message>
        <source>--duration is a number of minutes from 1 to 1440</source>
        <translation>--duration est un nombre de minutes de 1 à 1440</translation>
    </message>
    <message>
        <source>--from and --to are ISO 8601 times, e.g. 2027-01-12T14:00:00+01:00</source>
        <translation>--from et --to sont des heures ISO 8601, par ex. 2027-01-12T14:00:00+01:00</translation>
    </message>
    <message>
        <source>No meetings from %1 to %2</source>
        <translation>Aucun rendez-vous du %1 au %2</translation>
    </message>
    <message>
        <source>meetings create needs --prospect ID, --start TIME (ISO 8601) and --title TEXT</source>
        <translation>meetings create attend --prospect ID, --start HEURE (ISO 8601) et --title TEXTE</translation>
    </message>
    <message>
        <source>there is no prospect %1</source>
        <translation>il n&apos;y a pas de prospect %1</translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Paris)</source>
        <translation>%1 n&apos;est pas un fuseau horaire (un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>there is no mailbox &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de boîte mail « %1 »</translation>
    </message>
    <message>
        <source>Meeting %1 booked (uid %2)</source>
        <translation>Rendez-vous %1 fixé (uid %2)</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>il n&apos;y a pas de rendez-vous %1</translation>
    </message>
    <message>
        <source>meetings move needs --start TIME (ISO 8601)</source>
        <translation>meetings move attend --start HEURE (ISO 8601)</translation>
    </message>
    <message>
        <source>Meeting %1 moved (sequence %2)</source>
        <translation>Rendez-vous %1 déplacé (séquence %2)</translation>
    </message>
    <message>
        <source>Meeting %1 cancelled</source>
        <translation>Rendez-vous %1 annulé</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::OutboxCommand</name>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 blocked, %5 found in Sent after a crash, %6 uncertain</source>
        <translation>%1 : %2 envoyés, %3 échoués, %4 bloqués, %5 retrouvés dans Envoyés après un arrêt, %6 incertains</translation>
    </message>
    <message>
        <source>%1: the daily sending cap is reached; the rest waits.</source>
        <translation>%1 : le plafond d’envoi quotidien est atteint ; le reste attend.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>outbox %1 needs a message ID (see `outbox list`)</source>
        <translation>outbox %1 attend un numéro de message (voir `outbox list`)</translation>
    </message>
    <message>
        <source>message %1 is %2: nothing to %3</source>
        <translation>le message %1 est %2 : rien à faire pour %3</translation>
    </message>
    <message>
        <source>there is no message %1 in the outbox</source>
        <translation>aucun message %1 dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Message %1 is now %2.</source>
        <translation>Le message %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>the email waiting to go, and what went</source>
        <translation>les e-mails en attente d’envoi, et ceux déjà partis</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Seulement ce compte</translation>
    </message>
    <message>
        <source>what waits, went, failed or needs a decision</source>
        <translation>ce qui attend, est parti, a échoué ou demande une décision</translation>
    </message>
    <message>
        <source>send what is due now</source>
        <translation>envoyer maintenant ce qui doit partir</translation>
    </message>
    <message>
        <source>send a failed or uncertain message again</source>
        <translation>renvoyer un message échoué ou incertain</translation>
    </message>
    <message>
        <source>mark an uncertain message as sent (it is in the Sent folder)</source>
        <translation>marquer un message incertain comme envoyé (il est dans le dossier Envoyés)</translation>
    </message>
    <message>
        <source>never send a queued, failed or uncertain message</source>
        <translation>ne jamais envoyer un message en file, échoué ou incertain</translation>
    </message>
    <message>
        <source>outbox needs a subcommand: list, flush, retry ID, confirm ID, cancel ID</source>
        <translation>outbox attend une sous-commande : list, flush, retry ID, confirm ID, cancel ID</translation>
    </message>
    <message>
        <source>%1: sending is paused: %2 (`accounts resume %1` resumes it)</source>
        <translation>%1 : l’envoi est suspendu : %2 (`accounts resume %1` le reprend)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProspectsCommand</name>
    <message>
        <source>the workspace&apos;s prospects</source>
        <translation>les prospects de l’espace de travail</translation>
    </message>
    <message>
        <source>list prospects, as the Prospects view finds them</source>
        <translation>lister les prospects, comme les trouve la vue Prospects</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Recherche plein texte</translation>
    </message>
    <message>
        <source>Only this stage</source>
        <translation>Seulement cette étape</translation>
    </message>
    <message>
        <source>At most N prospects</source>
        <translation>Au plus N prospects</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit doit être un nombre positif</translation>
    </message>
    <message>
        <source>No prospects.</source>
        <translation>Aucun prospect.</translation>
    </message>
    <message>
        <source>erase people everywhere; a hash of their address keeps them from ever being contacted again</source>
        <translation>effacer des personnes partout ; une empreinte de leur adresse empêche de les recontacter à jamais</translation>
    </message>
    <message>
        <source>erase prospects with no activity for N months now (0 turns retention off)</source>
        <translation>effacer dès maintenant les prospects sans activité depuis N mois (0 désactive la durée de conservation)</translation>
    </message>
    <message>
        <source>Months of inactivity; saved as the workspace&apos;s rule</source>
        <translation>Mois d’inactivité ; enregistré comme règle de l’espace de travail</translation>
    </message>
    <message>
        <source>prospects forget needs prospect ids, e.g. 12 or 12,13</source>
        <translation>prospects forget attend des identifiants de prospects, ex. 12 ou 12,13</translation>
    </message>
    <message>
        <source>--months must be a whole number of months, 0 or more</source>
        <translation>--months doit être un nombre entier de mois, 0 ou plus</translation>
    </message>
    <message>
        <source>Retention is off: prospects are kept until you delete them.</source>
        <translation>Durée de conservation désactivée : les prospects sont gardés jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) erased, with %1 message(s), %2 outbox email(s) and %3 draft(s).</source>
        <translation>
            <numerusform>%n prospect effacé, avec %1 message(s), %2 e-mail(s) de la boîte d’envoi et %3 brouillon(s).</numerusform>
            <numerusform>%n prospects effacés, avec %1 message(s), %2 e-mail(s) de la boîte d’envoi et %3 brouillon(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>prospects needs a subcommand: list, forget ID..., retention</source>
        <translation>prospects attend une sous-commande : list, forget ID..., retention</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProviderKey</name>
    <message>
        <source>no key for %1: %2 (save it with: secrets set %3, or set %4)</source>
        <translation>aucune clé pour %1 : %2 (enregistrez-la avec : secrets set %3, ou définissez %4)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProvidersCommand</name>
    <message>
        <source>the AI model providers drafts are written with</source>
        <translation>les fournisseurs de modèles d’IA avec lesquels les brouillons sont rédigés</translation>
    </message>
    <message>
        <source>add a provider (or change the one of that name)</source>
        <translation>ajouter un fournisseur (ou modifier celui de ce nom)</translation>
    </message>
    <message>
        <source>anthropic, openai or openai-compatible</source>
        <translation>anthropic, openai ou openai-compatible</translation>
    </message>
    <message>
        <source>The model drafts are written with</source>
        <translation>Le modèle avec lequel les brouillons sont rédigés</translation>
    </message>
    <message>
        <source>The server (required for openai-compatible, e.g. http://localhost:11434/v1)</source>
        <translation>Le serveur (requis pour openai-compatible, ex. http://localhost:11434/v1)</translation>
    </message>
    <message>
        <source>The model of the knowledge base&apos;s embeddings (none: keyword search alone)</source>
        <translation>Le modèle des embeddings de la base de connaissances (aucun : recherche par mots-clés seule)</translation>
    </message>
    <message>
        <source>write drafts with this provider</source>
        <translation>rédiger les brouillons avec ce fournisseur</translation>
    </message>
    <message>
        <source>show the providers</source>
        <translation>afficher les fournisseurs</translation>
    </message>
    <message>
        <source>send a one-line request and say whether the provider answers</source>
        <translation>envoyer une requête d’une ligne et dire si le fournisseur répond</translation>
    </message>
    <message>
        <source>forget a provider (its key stays in the keychain until secrets delete)</source>
        <translation>oublier un fournisseur (sa clé reste dans le trousseau jusqu’à secrets delete)</translation>
    </message>
    <message>
        <source>show the prices per million tokens, or set one model&apos;s (US dollars)</source>
        <translation>afficher les prix par million de jetons, ou fixer celui d’un modèle (dollars US)</translation>
    </message>
    <message>
        <source>Keys are never stored in the workspace: save one with `secrets set llm-NAME` (read from standard input), or set SALES_COPILOT_SECRET_NAME where no keychain is reachable.</source>
        <translation>Les clés ne sont jamais stockées dans l’espace de travail : enregistrez-en une avec `secrets set llm-NAME` (lue sur l’entrée standard), ou définissez SALES_COPILOT_SECRET_NAME là où aucun trousseau n’est accessible.</translation>
    </message>
    <message>
        <source>providers needs: add NAME, use NAME, list, test NAME, remove NAME or price</source>
        <translation>providers demande : add NAME, use NAME, list, test NAME, remove NAME ou price</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; (providers list shows them)</source>
        <translation>aucun fournisseur nommé « %1 » (providers list les affiche)</translation>
    </message>
    <message>
        <source>drafts are now written with %1</source>
        <translation>les brouillons sont désormais rédigés avec %1</translation>
    </message>
    <message>
        <source>provider %1 removed</source>
        <translation>fournisseur %1 supprimé</translation>
    </message>
    <message>
        <source>provider %1 saved (%2, %3)</source>
        <translation>fournisseur %1 enregistré (%2, %3)</translation>
    </message>
    <message>
        <source>save its key with: sales-copilot-cli secrets set %1 (or set %2)</source>
        <translation>enregistrez sa clé avec : sales-copilot-cli secrets set %1 (ou définissez %2)</translation>
    </message>
    <message>
        <source>(public API)</source>
        <translation>(API publique)</translation>
    </message>
    <message>
        <source>no provider yet: drafts come from templates (providers add NAME --kind … --model …)</source>
        <translation>aucun fournisseur pour l’instant : les brouillons viennent des modèles (providers add NAME --kind … --model …)</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>%1 answers (%2, %3 ms): %4</source>
        <translation>%1 répond (%2, %3 ms) : %4</translation>
    </message>
    <message>
        <source>providers price MODEL INPUT OUTPUT: dollars per million tokens, e.g. 3 15</source>
        <translation>providers price MODEL INPUT OUTPUT : dollars par million de jetons, ex. 3 15</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ScoreCommand</name>
    <message>
        <source>score every prospect against the ideal-customer profile now</source>
        <translation>calculer maintenant le score de chaque prospect selon le profil client idéal</translation>
    </message>
    <message>
        <source>score takes no arguments</source>
        <translation>score ne prend pas d’argument</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) changed in %1 ms</source>
        <translation>
            <numerusform>%n score modifié en %1 ms</numerusform>
            <numerusform>%n scores modifiés en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Train the predictive score on the workspace&apos;s outcomes now and report it (held-out AUC of the rule score and of the model, the strongest traits); the rule score stays until 50 outcomes exist</source>
        <translation>Entraîner maintenant le score prédictif sur les résultats de l’espace de travail et en rendre compte (AUC sur données de test du score par règles et du modèle, traits les plus marquants) ; le score par règles reste en place tant qu’il n’y a pas 50 résultats</translation>
    </message>
    <message>
        <source>No predictive score yet (%1): the rule score is used.</source>
        <translation>Pas encore de score prédictif (%1) : le score par règles est utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Predictive score trained on %1 outcomes (%2 positive); %n prospect(s) scored.</source>
        <translation>
            <numerusform>Score prédictif entraîné sur %1 résultats (%2 positifs) ; %n prospect noté.</numerusform>
            <numerusform>Score prédictif entraîné sur %1 résultats (%2 positifs) ; %n prospects notés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out AUC on %1 prospects: rule score %2, model %3; predicted rate %4, observed %5.</source>
        <translation>AUC sur %1 prospects de test : score par règles %2, modèle %3 ; taux prédit %4, observé %5.</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SecretsCommand</name>
    <message>
        <source>secrets (passwords, keys) in the system keychain</source>
        <translation>les secrets (mots de passe, clés) du trousseau du système</translation>
    </message>
    <message>
        <source>can secrets be saved on this computer?</source>
        <translation>les secrets peuvent-ils être enregistrés sur cet ordinateur ?</translation>
    </message>
    <message>
        <source>save the value read from standard input</source>
        <translation>enregistrer la valeur lue sur l’entrée standard</translation>
    </message>
    <message>
        <source>remove a secret from the keychain</source>
        <translation>retirer un secret du trousseau</translation>
    </message>
    <message>
        <source>secrets needs a subcommand: status, set NAME, delete NAME</source>
        <translation>secrets attend une sous-commande : status, set NOM, delete NOM</translation>
    </message>
    <message>
        <source>secrets %1 needs one name made of letters, digits and . _ @ / -</source>
        <translation>secrets %1 attend un nom fait de lettres, chiffres et . _ @ / -</translation>
    </message>
    <message>
        <source>The keychain is available: secrets can be saved.</source>
        <translation>Le trousseau est disponible : les secrets peuvent être enregistrés.</translation>
    </message>
    <message>
        <source>secrets set reads the value from standard input, and it was empty</source>
        <translation>secrets set lit la valeur sur l’entrée standard, et elle était vide</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation>%1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 retiré du trousseau.</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SendCommand</name>
    <message>
        <source>queue an email and send it (outbox rules apply)</source>
        <translation>mettre un e-mail en file et l’envoyer (règles de la boîte d’envoi appliquées)</translation>
    </message>
    <message>
        <source>Send from this account</source>
        <translation>Envoyer depuis ce compte</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Plain-text body (UTF-8 file)</source>
        <translation>Corps en texte brut (fichier UTF-8)</translation>
    </message>
    <message>
        <source>HTML body (UTF-8 file)</source>
        <translation>Corps HTML (fichier UTF-8)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <source>Message-ID this answers</source>
        <translation>Message-ID auquel il répond</translation>
    </message>
    <message>
        <source>Queue it; it goes with the next outbox flush</source>
        <translation>Le mettre en file ; il part au prochain outbox flush</translation>
    </message>
    <message>
        <source>send needs --account NAME, --to ADDRESS, --subject TEXT and --text FILE</source>
        <translation>send attend --account NAME, --to ADDRESS, --subject TEXT et --text FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>not queued: %1</source>
        <translation>pas mis en file : %1</translation>
    </message>
    <message>
        <source>Queued message %1 to %2 (Message-ID &lt;%3&gt;).</source>
        <translation>Message %1 pour %2 mis en file (Message-ID &lt;%3&gt;).</translation>
    </message>
    <message>
        <source>Sent to %1 (Message-ID &lt;%2&gt;).</source>
        <translation>Envoyé à %1 (Message-ID &lt;%2&gt;).</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En file : %1</translation>
    </message>
    <message>
        <source>it goes when the sending rules allow (daily cap, spacing between messages)</source>
        <translation>il part dès que les règles d’envoi le permettent (plafond quotidien, intervalle entre messages)</translation>
    </message>
    <message>
        <source>message %1 %2: %3</source>
        <translation>message %1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SendTimesJson</name>
    <message>
        <source>Not enough replies yet: %1 of %2 — sending at the first business hour.</source>
        <translation>Pas encore assez de réponses : %1 sur %2 — envoi à la première heure ouvrée.</translation>
    </message>
    <message>
        <source>%1 replies in this scope (%2 in the workspace). Best hours, local to the prospect: %3</source>
        <translation>%1 réponses dans ce périmètre (%2 dans l’espace de travail). Meilleures heures, à l’heure locale du prospect : %3</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SequencesCommand</name>
    <message>
        <source>multi-step outreach the Decision engine runs</source>
        <translation>les campagnes de prospection en plusieurs étapes que pilote le moteur de décision</translation>
    </message>
    <message>
        <source>Only this prospect</source>
        <translation>Seulement ce prospect</translation>
    </message>
    <message>
        <source>every sequence with its live counts</source>
        <translation>toutes les séquences, avec leurs compteurs en temps réel</translation>
    </message>
    <message>
        <source>add a sequence from its file (README, &quot;Sequence files&quot;)</source>
        <translation>ajouter une séquence à partir de son fichier (README, « Sequence files »)</translation>
    </message>
    <message>
        <source>The sequence file</source>
        <translation>Le fichier de la séquence</translation>
    </message>
    <message>
        <source>a sequence&apos;s file, counts and results per step and variant</source>
        <translation>le fichier d’une séquence, ses compteurs et ses résultats par étape et par variante</translation>
    </message>
    <message>
        <source>enroll prospects: those a search finds, or by id</source>
        <translation>inscrire des prospects : ceux que trouve une recherche, ou par identifiant</translation>
    </message>
    <message>
        <source>Full-text search, as in the Prospects view</source>
        <translation>Recherche plein texte, comme dans la vue Prospects</translation>
    </message>
    <message>
        <source>Prospect ids</source>
        <translation>Identifiants des prospects</translation>
    </message>
    <message>
        <source>pause a sequence, or one prospect in it</source>
        <translation>mettre en pause une séquence, ou l’un de ses prospects</translation>
    </message>
    <message>
        <source>resume a sequence, or one prospect in it</source>
        <translation>reprendre une séquence, ou l’un de ses prospects</translation>
    </message>
    <message>
        <source>run every step due up to --until (ISO 8601; without an offset: UTC)</source>
        <translation>exécuter toutes les étapes prévues jusqu’à --until (ISO 8601 ; sans décalage horaire : UTC)</translation>
    </message>
    <message>
        <source>Start as if the clock read TIME</source>
        <translation>Démarrer comme si l’horloge indiquait TIME</translation>
    </message>
    <message>
        <source>Plan up to TIME</source>
        <translation>Planifier jusqu’à TIME</translation>
    </message>
    <message>
        <source>Only plan: change nothing</source>
        <translation>Planifier seulement : ne rien modifier</translation>
    </message>
    <message>
        <source>sequences needs a subcommand: %1</source>
        <translation>sequences attend une sous-commande : %1</translation>
    </message>
    <message>
        <source>sequences %1 needs a sequence name</source>
        <translation>sequences %1 attend un nom de séquence</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time, e.g. 2027-01-04T08:00:00Z</source>
        <translation>--now doit être une date et heure ISO 8601, ex. 2027-01-04T08:00:00Z</translation>
    </message>
    <message>
        <source>sequences run needs --until TIME (ISO 8601, e.g. 2027-01-11T00:00:00Z)</source>
        <translation>sequences run attend --until TIME (ISO 8601, ex. 2027-01-11T00:00:00Z)</translation>
    </message>
    <message>
        <source>%1  %2%3: %4 steps, %5 enrolled, %6 running, %7 paused, %8 finished, %9 replied, %10 bounced</source>
        <translation>%1  %2%3 : %4 étapes, %5 inscrits, %6 en cours, %7 en pause, %8 terminés, %9 ont répondu, %10 rejetés</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>No sequence yet: `sequences create --file SEQUENCE.json`.</source>
        <translation>Aucune séquence pour l’instant : `sequences create --file SEQUENCE.json`.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 (at byte %3)</source>
        <translation>%1 n’est pas un objet JSON : %2 (à l’octet %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Created the sequence %1 (%2 steps).</source>
        <translation>Séquence %1 créée (%2 étapes).</translation>
    </message>
    <message>
        <source>there is no sequence &quot;%1&quot; (see `sequences list`)</source>
        <translation>aucune séquence « %1 » (voir `sequences list`)</translation>
    </message>
    <message>
        <source>--ids must be prospect ids separated by commas, e.g. 1,2,3</source>
        <translation>--ids doit être une liste d’identifiants de prospects séparés par des virgules, ex. 1,2,3</translation>
    </message>
    <message>
        <source>sequences enroll NAME needs --query TEXT or --ids 1,2,3</source>
        <translation>sequences enroll NAME attend --query TEXT ou --ids 1,2,3</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 already, %3 on the do-not-contact list, %4 without an address, %5 who replied or whose deal is decided (skipped)</source>
        <translation>%1 inscrits, %2 déjà inscrits, %3 sur la liste « ne pas contacter », %4 sans adresse, %5 ayant répondu ou dont l’affaire est conclue (ignorés)</translation>
    </message>
    <message>
        <source>prospect %1 is not running in %2</source>
        <translation>le prospect %1 n’est pas en cours dans %2</translation>
    </message>
    <message>
        <source>prospect %1 is not paused in %2</source>
        <translation>le prospect %1 n’est pas en pause dans %2</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Mis en pause.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>It was already paused.</source>
        <translation>Déjà en pause.</translation>
    </message>
    <message>
        <source>It was already running.</source>
        <translation>Déjà en cours.</translation>
    </message>
    <message>
        <source>%1 planned, %2 waiting for a slot after %3, %4 stopped (do-not-contact)</source>
        <translation>%1 planifiés, %2 en attente d’un créneau après %3, %4 arrêtés (ne pas contacter)</translation>
    </message>
    <message>
        <source>the weekday and hour replies arrive at, learned per country and company</source>
        <translation>le jour de la semaine et l’heure où arrivent les réponses, appris par pays et par entreprise</translation>
    </message>
    <message>
        <source>The pattern of this country</source>
        <translation>La tendance de ce pays</translation>
    </message>
    <message>
        <source>The pattern of this company</source>
        <translation>La tendance de cette entreprise</translation>
    </message>
    <message>
        <source>--company must be a company id</source>
        <translation>--company doit être un identifiant d’entreprise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no step %2: its steps are 0 to %3 (waits counted)</source>
        <translation>« %1 » n&apos;a pas d&apos;étape %2 : ses étapes vont de 0 à %3 (attentes comprises)</translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; is not an A/B test (an email step with two versions or more)</source>
        <translation>l&apos;étape %1 de « %2 » n&apos;est pas un test A/B (une étape e-mail avec au moins deux versions)</translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; has no winner: the difference is not significant at 95% confidence (p = %3)</source>
        <translation>l&apos;étape %1 de « %2 » n&apos;a pas de gagnante : l&apos;écart n&apos;est pas significatif à 95 % (p = %3)</translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; has no winner yet: it needs %3 sends per version at 95% confidence</source>
        <translation>l&apos;étape %1 de « %2 » n&apos;a pas encore de gagnante : il faut %3 envois par version à 95 % de confiance</translation>
    </message>
    <message>
        <source>Version %1 of step %2 now goes to everyone who has not reached it yet.</source>
        <translation>La version %1 de l&apos;étape %2 part désormais à tous ceux qui ne l&apos;ont pas encore atteinte.</translation>
    </message>
    <message>
        <source>Step %1 already sends version %2 to everyone.</source>
        <translation>L&apos;étape %1 envoie déjà la version %2 à tout le monde.</translation>
    </message>
    <message>
        <source>send an A/B step&apos;s declared winner to everyone who has not reached the step yet</source>
        <translation>envoyer la gagnante d&apos;une étape A/B à tous ceux qui n&apos;ont pas encore atteint l&apos;étape</translation>
    </message>
    <message>
        <source>The step&apos;s index in the file&apos;s steps (waits counted)</source>
        <translation>L&apos;indice de l&apos;étape dans steps (attentes comprises)</translation>
    </message>
    <message>
        <source>sequences send-winner needs --step I, the step&apos;s index in `steps` (waits counted, as in `sequences show --json`)</source>
        <translation>sequences send-winner attend --step I, l&apos;indice de l&apos;étape dans `steps` (attentes comprises, comme dans `sequences show --json`)</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ServeCommand</name>
    <message>
        <source>the local REST API until SIGTERM/SIGINT</source>
        <translation>l’API REST locale, jusqu’à SIGTERM/SIGINT</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port)</source>
        <translation>Port d’écoute (0 : un port libre)</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>Requests per second per client (0: no limit)</source>
        <translation>Requêtes par seconde par client (0 : sans limite)</translation>
    </message>
    <message>
        <source>Burst per client</source>
        <translation>Rafale par client</translation>
    </message>
    <message>
        <source>serve takes options only</source>
        <translation>serve ne prend que des options</translation>
    </message>
    <message>
        <source>--port, --rate and --burst take numbers (port 0-65535, rate &gt;= 0, burst &gt;= 1)</source>
        <translation>--port, --rate et --burst prennent des nombres (port 0-65535, rate &gt;= 0, burst &gt;= 1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Listening on %1 (Ctrl+C to stop)</source>
        <translation>À l’écoute sur %1 (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Certificate SHA-256 (pin it in your client): %1</source>
        <translation>Empreinte SHA-256 du certificat (à épingler dans votre client) : %1</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SyncCommand</name>
    <message>
        <source>fetch new mail (INBOX and Sent), classify, thread</source>
        <translation>relever le courrier (INBOX et Envoyés), le classer, le regrouper en conversations</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Seulement ce compte</translation>
    </message>
    <message>
        <source>%1 %2: %3 new, %4 on the server</source>
        <translation>%1 %2 : %3 nouveaux, %4 sur le serveur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::TemplatesCommand</name>
    <message>
        <source>the email template library</source>
        <translation>la bibliothèque de modèles d’e-mails</translation>
    </message>
    <message>
        <source>list the templates, every language variant</source>
        <translation>lister les modèles, chaque variante de langue</translation>
    </message>
    <message>
        <source>add a template, or another language variant of one</source>
        <translation>ajouter un modèle, ou une autre variante de langue d’un modèle</translation>
    </message>
    <message>
        <source>first_touch, follow_up, reply_question, meeting_confirmation or break_up</source>
        <translation>first_touch, follow_up, reply_question, meeting_confirmation ou break_up</translation>
    </message>
    <message>
        <source>en or fr</source>
        <translation>en ou fr</translation>
    </message>
    <message>
        <source>The subject (Mustache)</source>
        <translation>L’objet (Mustache)</translation>
    </message>
    <message>
        <source>A file holding the body (Mustache)</source>
        <translation>Un fichier contenant le corps (Mustache)</translation>
    </message>
    <message>
        <source>text (plain-text email) or html</source>
        <translation>text (e-mail en texte brut) ou html</translation>
    </message>
    <message>
        <source>render a template for a prospect: subject, body, unresolved variables</source>
        <translation>rendre un modèle pour un prospect : objet, corps, variables non résolues</translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation>L’identifiant du prospect</translation>
    </message>
    <message>
        <source>The variant (default: the prospect&apos;s language)</source>
        <translation>La variante (par défaut : la langue du prospect)</translation>
    </message>
    <message>
        <source>render exits 0 even when variables are unresolved (they are listed); such a draft cannot be approved until they are filled in.</source>
        <translation>render se termine avec 0 même si des variables ne sont pas résolues (elles sont listées) ; un tel brouillon ne peut être approuvé qu’une fois celles-ci remplies.</translation>
    </message>
    <message>
        <source>templates needs: list, add NAME or render NAME</source>
        <translation>templates attend : list, add NOM ou render NOM</translation>
    </message>
    <message>
        <source>templates %1 takes %2</source>
        <translation>templates %1 prend %2</translation>
    </message>
    <message>
        <source>no argument</source>
        <translation>aucun argument</translation>
    </message>
    <message>
        <source>one NAME</source>
        <translation>un NOM</translation>
    </message>
    <message>
        <source>templates add needs --%1</source>
        <translation>templates add attend --%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>template %1 (%2) added</source>
        <translation>modèle %1 (%2) ajouté</translation>
    </message>
    <message>
        <source>templates render needs --prospect ID</source>
        <translation>templates render attend --prospect ID</translation>
    </message>
    <message>
        <source>no prospect %1</source>
        <translation>aucun prospect %1</translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot; (templates list shows them)</source>
        <translation>aucun modèle nommé « %1 » (templates list les affiche)</translation>
    </message>
    <message>
        <source>template %1 (%2) does not parse: %3</source>
        <translation>le modèle %1 (%2) est mal formé : %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>{{%1}} (unknown variable)</source>
        <translation>{{%1}} (variable inconnue)</translation>
    </message>
    <message>
        <source>Unresolved: %1 — this draft cannot be approved until they are filled in.</source>
        <translation>Non résolues : %1 — ce brouillon ne peut être approuvé qu’une fois celles-ci remplies.</translation>
    </message>
    <message>
        <source>Your name comes from your mailbox (accounts add) or the Form Filler&apos;s sender profile.</source>
        <translation>Votre nom vient de votre boîte mail (accounts add) ou du profil d’expéditeur du remplisseur de formulaires.</translation>
    </message>
</context>
<context>
    <name>sc::app::cli::VersionCommand</name>
    <message>
        <source>print the version (also --version)</source>
        <translation>afficher la version (aussi --version)</translation>
    </message>
</context>
<context>
    <name>sc::models::AgentStatusModel</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>En cours d’arrêt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No mailbox — add one in Settings</source>
        <translation>Aucune boîte mail — ajoutez-en une dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>sc::models::DiskSpace</name>
    <message>
        <source>The disk holding your workspace (%1) is full. Free at least %2 on it, then retry.</source>
        <translation>Le disque de votre espace de travail (%1) est plein. Libérez-y au moins %2, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding your workspace (%1) is full: %2 free there. Free at least %3 on it, then retry.</source>
        <translation>Le disque de votre espace de travail (%1) est plein : il y reste %2. Libérez-y au moins %3, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>sc::models::DraftListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contact form · %1</source>
        <translation>Formulaire de contact · %1</translation>
    </message>
</context>
<context>
    <name>sc::models::FormSubmissionRepository</name>
    <message>
        <source>Contact form sent on %1</source>
        <translation>Formulaire de contact envoyé sur %1</translation>
    </message>
    <message>
        <source>Contact form on %1 filled; a CAPTCHA waits for you</source>
        <translation>Formulaire de contact sur %1 rempli ; un CAPTCHA vous attend</translation>
    </message>
    <message>
        <source>Contact form on %1 sent by you after the CAPTCHA</source>
        <translation>Formulaire de contact sur %1 envoyé par vous après le CAPTCHA</translation>
    </message>
    <message>
        <source>Contact form on %1 not sent</source>
        <translation>Formulaire de contact sur %1 non envoyé</translation>
    </message>
    <message>
        <source>No contact form found on %1</source>
        <translation>Aucun formulaire de contact trouvé sur %1</translation>
    </message>
    <message>
        <source>%1 asks robots not to open its contact page: not filled</source>
        <translation>%1 demande aux robots de ne pas ouvrir sa page de contact : non rempli</translation>
    </message>
    <message>
        <source>Contact form on %1 failed: %2</source>
        <translation>Échec du formulaire de contact sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>sc::models::JobListModel</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>nouvel essai à %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>démarre à %1</translation>
    </message>
</context>
<context>
    <name>sc::models::LeadScorer</name>
    <message>
        <source>title matches %1</source>
        <translation>poste correspondant : %1</translation>
    </message>
    <message>
        <source>senior title (%1)</source>
        <translation>poste de direction (%1)</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>secteur %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <source>uses %1</source>
        <translation>utilise %1</translation>
    </message>
    <message>
        <source>verified email</source>
        <translation>e-mail vérifié</translation>
    </message>
    <message>
        <source>likely email</source>
        <translation>e-mail probable</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>e-mail invalide</translation>
    </message>
    <message>
        <source>free-mail address</source>
        <translation>adresse de messagerie gratuite</translation>
    </message>
    <message>
        <source>shared role address</source>
        <translation>adresse générique partagée</translation>
    </message>
</context>
<context>
    <name>sc::models::LlmRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Un fournisseur a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: anthropic, openai or openai-compatible.</source>
        <translation>Type « %1 » inconnu : anthropic, openai ou openai-compatible.</translation>
    </message>
    <message>
        <source>A provider needs a model (for example claude-sonnet-4-5, gpt-4.1-mini or llama3.1).</source>
        <translation>Un fournisseur a besoin d’un modèle (par exemple claude-sonnet-4-5, gpt-4.1-mini ou llama3.1).</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs its base URL (Ollama: http://localhost:11434/v1).</source>
        <translation>Un fournisseur compatible OpenAI a besoin de son URL de base (Ollama : http://localhost:11434/v1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>« %1 » n’est pas une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>sc::models::Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of Sales Copilot (schema %1; this version knows up to %2). Update Sales Copilot to open it; nothing was changed.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de Sales Copilot (schéma %1 ; cette version connaît jusqu’au %2). Mettez Sales Copilot à jour pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>sc::models::ProspectTableModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En recherche</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>RDV pris</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>sc::models::SettingKeys</name>
    <message>
        <source>A question for {company}</source>
        <translation>Une question pour {company}</translation>
    </message>
</context>
<context>
    <name>sc::models::Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Impossible de créer le dossier de l’espace de travail %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>From the address when left empty</source>
        <translation>Déduite de l’adresse si vide</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Type a name or an email address.</source>
        <translation>Saisissez un nom ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is already a prospect, in the trash: restore it from there.</source>
        <translation>%1 est déjà un prospect, dans la corbeille : restaurez-le depuis celle-ci.</translation>
    </message>
    <message>
        <source>%1 is already a prospect: %2.</source>
        <translation>%1 est déjà un prospect : %2.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Could not add this person: %1</source>
        <translation>Impossible d’ajouter cette personne : %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::AgentsView</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler l’opération</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>The agents work in the background. Nothing leaves your computer without your approval.</source>
        <translation>Les agents travaillent en arrière-plan. Rien ne quitte votre ordinateur sans votre accord.</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aucun travail pour le moment</translation>
    </message>
    <message>
        <source>Work the agents take on appears here, with its progress and any error.</source>
        <translation>Le travail des agents apparaît ici, avec sa progression et ses éventuelles erreurs.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Travaux</translation>
    </message>
</context>
<context>
    <name>sc::ui::AiComposer</name>
    <message>
        <source>Write with AI</source>
        <translation>Rédiger avec l’IA</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Undo rewrite</source>
        <translation>Annuler la réécriture</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Plus court</translation>
    </message>
    <message>
        <source>More formal</source>
        <translation>Plus formel</translation>
    </message>
    <message>
        <source>Friendlier</source>
        <translation>Plus chaleureux</translation>
    </message>
    <message>
        <source>Translate to French</source>
        <translation>Traduire en français</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traduire en anglais</translation>
    </message>
    <message>
        <source>Stop writing; what is written so far stays</source>
        <translation>Arrêter la rédaction ; le texte déjà écrit est conservé</translation>
    </message>
    <message>
        <source>Put your text back as it was</source>
        <translation>Rétablir votre texte tel qu’il était</translation>
    </message>
    <message>
        <source>Writing with AI is not available here</source>
        <translation>La rédaction avec l’IA n’est pas disponible ici</translation>
    </message>
    <message>
        <source>Write to a prospect (choose one in the To field) to draft with AI</source>
        <translation>Écrivez à un prospect (choisissez-le dans le champ À) pour rédiger avec l’IA</translation>
    </message>
    <message>
        <source>Draft this email with AI, from what you know about the prospect</source>
        <translation>Rédiger cet e-mail avec l’IA, à partir de ce que vous savez du prospect</translation>
    </message>
    <message>
        <source>No AI provider: the email is written from your template</source>
        <translation>Aucun fournisseur d’IA : l’e-mail est rédigé à partir de votre modèle</translation>
    </message>
    <message>
        <source>Rewrite your text: shorter, more formal, friendlier, translated</source>
        <translation>Réécrire votre texte : plus court, plus formel, plus chaleureux, traduit</translation>
    </message>
    <message>
        <source>Add an AI provider in Settings</source>
        <translation>Ajoutez un fournisseur d’IA dans les Paramètres</translation>
    </message>
    <message>
        <source>Write something first, or use Write with AI.</source>
        <translation>Écrivez d’abord quelque chose, ou utilisez Rédiger avec l’IA.</translation>
    </message>
    <message>
        <source>The rewrite came back empty: your text is unchanged.</source>
        <translation>La réécriture est revenue vide : votre texte est inchangé.</translation>
    </message>
    <message>
        <source>The rewrite was cut short: check the end of the text.</source>
        <translation>La réécriture a été interrompue : vérifiez la fin du texte.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopped: what was written so far is kept.</source>
        <translation>Arrêté : le texte déjà rédigé est conservé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Check before sending: %1 — not in your documents</source>
        <translation>À vérifier avant l’envoi : %1 — absent de vos documents</translation>
    </message>
</context>
<context>
    <name>sc::ui::AiPricesEditor</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input, US$ per million tokens</source>
        <translation>Entrée, US$ par million de jetons</translation>
    </message>
    <message>
        <source>Output, US$ per million tokens</source>
        <translation>Sortie, US$ par million de jetons</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Ajouter un prix</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Supprimer le prix</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>Budget mensuel :</translation>
    </message>
    <message>
        <source>Past the budget, drafts are written from your templates until next month. 0 means no limit.</source>
        <translation>Au-delà du budget, les brouillons sont rédigés à partir de vos modèles jusqu’au mois prochain. 0 signifie sans limite.</translation>
    </message>
    <message>
        <source>Spent this month: US$ %1</source>
        <translation>Dépensé ce mois-ci : %1 US$</translation>
    </message>
    <message>
        <source>A price needs the model&apos;s name, as the provider spells it.</source>
        <translation>Un prix a besoin du nom du modèle, tel que le fournisseur l’écrit.</translation>
    </message>
</context>
<context>
    <name>sc::ui::AiProvidersPage</name>
    <message>
        <source>AI providers</source>
        <translation>Fournisseurs d’IA</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>The model marked “Drafts” writes your emails. Without one, drafts come from your templates. Keys are kept in your system keychain, never in the workspace file.</source>
        <translation>Le modèle marqué « Brouillons » rédige vos e-mails. À défaut, les brouillons viennent de vos modèles d’e-mails. Les clés sont conservées dans le trousseau du système, jamais dans le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Search model</source>
        <translation>Modèle de recherche</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Use for drafts</source>
        <translation>Utiliser pour les brouillons</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Sends one short request to the model and says how long the answer took</source>
        <translation>Envoie une courte demande au modèle et indique son temps de réponse</translation>
    </message>
    <message>
        <source>What models cost</source>
        <translation>Coût des modèles</translation>
    </message>
    <message>
        <source>Flag figures and names my documents don&apos;t contain</source>
        <translation>Signaler les chiffres et les noms absents de mes documents</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Langue par défaut :</translation>
    </message>
    <message>
        <source>Used when neither the conversation, the prospect nor their website tells.</source>
        <translation>Utilisée quand ni la conversation, ni le prospect, ni son site web ne l’indiquent.</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Service du fournisseur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>✓ Drafts</source>
        <translation>✓ Brouillons</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>A provider named %1 exists already: pick another name.</source>
        <translation>Un fournisseur nommé %1 existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Drafts will no longer be written with %1. Its key is removed from the keychain. The drafts it wrote stay.</source>
        <translation>Les brouillons ne seront plus rédigés avec %1. Sa clé est retirée du trousseau. Les brouillons déjà rédigés sont conservés.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>La clé n’a pas pu être retirée du trousseau : %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>La clé n’a pas pu être enregistrée dans le trousseau : %1</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
</context>
<context>
    <name>sc::ui::ApiKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>What uses it: “CRM sync”, “my script”</source>
        <translation>Ce qui l’utilise : « synchro CRM », « mon script »</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write (change prospects, the do-not-contact list)</source>
        <translation>écriture (modifier les prospects, la liste « ne pas contacter »)</translation>
    </message>
    <message>
        <source>approve (approve or reject drafts in your name)</source>
        <translation>approbation (approuver ou rejeter les brouillons en votre nom)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
</context>
<context>
    <name>sc::ui::ApprovalsView</name>
    <message>
        <source>Not approved: this draft still holds template variables with no value (%1). Edit them into words, then approve.</source>
        <translation>Non approuvé : ce brouillon contient encore des variables de modèle sans valeur (%1). Remplacez-les par du texte, puis approuvez.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>You&apos;re all caught up</source>
        <translation>Vous êtes à jour</translation>
    </message>
    <message>
        <source>Nothing waits for your approval. Emails the agents write will wait here until you approve, edit or reject them.</source>
        <translation>Rien n’attend votre accord. Les e-mails rédigés par les agents attendront ici que vous les approuviez, modifiiez ou rejetiez.</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for you</source>
        <translation>
            <numerusform>%n brouillon vous attend</numerusform>
            <numerusform>%n brouillons vous attendent</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Why this email: %1</source>
        <translation>Pourquoi cet e-mail : %1</translation>
    </message>
    <message>
        <source>Could not approve</source>
        <translation>Impossible d’approuver</translation>
    </message>
    <message>
        <source>Could not reject</source>
        <translation>Impossible de rejeter</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>Impossible d’enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Approved, not sent yet: add a mailbox in Settings to send approved emails.</source>
        <translation>Approuvé, pas encore envoyé : ajoutez une boîte mail dans les Paramètres pour envoyer les e-mails approuvés.</translation>
    </message>
    <message>
        <source>Approved, but not sent: %1</source>
        <translation>Approuvé, mais pas envoyé : %1</translation>
    </message>
    <message>
        <source>Contact form: %1</source>
        <translation>Formulaire de contact : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>No mailbox yet — add one in Settings</source>
        <translation>Aucune boîte mail — ajoutez-en une dans les Paramètres</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>De : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2 of “%3”</source>
        <translation>Étape %1 sur %2 de « %3 »</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>QDateTime formats: ddd the day&apos;s short name, MMM the month&apos;s.</extracomment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — pour le %2</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>Reject, saying why if you like (Ctrl+Delete rejects at once)</source>
        <translation>Rejeter, en indiquant pourquoi si vous le souhaitez (Ctrl+Suppr rejette immédiatement)</translation>
    </message>
    <message>
        <source>Write this draft again, with what should change (%1)</source>
        <translation>Réécrire ce brouillon, en indiquant ce qui doit changer (%1)</translation>
    </message>
    <message>
        <source>Writing this draft again…</source>
        <translation>Réécriture du brouillon…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reject this draft</source>
        <translation>Rejeter ce brouillon</translation>
    </message>
    <message>
        <source>Why? (optional: it helps the agents write the next ones)</source>
        <translation>Pourquoi ? (facultatif : cela aide les agents à rédiger les suivants)</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Mauvais interlocuteur</translation>
    </message>
    <message>
        <source>Too pushy</source>
        <translation>Trop insistant</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Informations erronées</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <source>Not the right moment</source>
        <translation>Pas le bon moment</translation>
    </message>
    <message>
        <source>Not written again: %1</source>
        <translation>Non réécrit : %1</translation>
    </message>
    <message>
        <source>Written again without the model: %1</source>
        <translation>Réécrit sans le modèle : %1</translation>
    </message>
    <message>
        <source>Write this draft again</source>
        <translation>Réécrire ce brouillon</translation>
    </message>
    <message>
        <source>What should change? (optional, for example: shorter, mention the webinar)</source>
        <translation>Que faut-il changer ? (facultatif, par exemple : plus court, mentionner le webinaire)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
</context>
<context>
    <name>sc::ui::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>their time %1 (%2)</source>
        <translation>chez eux %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n tâche à faire</numerusform>
            <numerusform>%n tâches à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing planned in the next %n day(s).</source>
        <translation>
            <numerusform>Rien de prévu le prochain jour.</numerusform>
            <numerusform>Rien de prévu dans les %n prochains jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::ComposeDialog</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit :</translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Message transféré ----------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Nouvel e-mail</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Add a mailbox in Settings to send email.</source>
        <translation>Ajoutez une boîte mail dans les Paramètres pour envoyer des e-mails.</translation>
    </message>
    <message>
        <source>An email needs a subject and a message.</source>
        <translation>Un e-mail a besoin d’un objet et d’un message.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Pas envoyé : %1</translation>
    </message>
    <message>
        <source>Name, company or name@company.com</source>
        <translation>Nom, entreprise ou nom@entreprise.com</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>sc::ui::ContactFormsPage</name>
    <message>
        <source>Contact forms</source>
        <translation>Formulaires de contact</translation>
    </message>
    <message>
        <source>Every form waits in Approvals before it is sent. A CAPTCHA always comes back to you; it is never solved for you.</source>
        <translation>Chaque formulaire attend dans Approbations avant d’être envoyé. Un CAPTCHA vous revient toujours ; il n’est jamais résolu à votre place.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Durand</source>
        <translation>Durand</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société :</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre société</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Head of Sales</source>
        <translation>Directrice commerciale</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Hello {company} team, … — {my_name}</source>
        <translation>Bonjour l’équipe {company}, … — {my_name}</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>{company}, {first_name}, {last_name}, {my_name} and {my_company} are replaced for each prospect; you can edit each message in Approvals.</source>
        <translation>{company}, {first_name}, {last_name}, {my_name} et {my_company} sont remplacés pour chaque prospect ; chaque message se modifie dans Approbations.</translation>
    </message>
    <message>
        <source> min between two forms to one site</source>
        <translation> min entre deux formulaires à un même site</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Rythme :</translation>
    </message>
    <message>
        <source> days before the same prospect on the same site</source>
        <translation> jours avant le même prospect sur le même site</translation>
    </message>
    <message>
        <source>Never twice within:</source>
        <translation>Jamais deux fois en :</translation>
    </message>
    <message>
        <source>Could not save the contact-form settings</source>
        <translation>Impossible d’enregistrer les réglages des formulaires de contact</translation>
    </message>
    <message>
        <source>Tick the consent boxes a form requires</source>
        <translation>Cocher les cases de consentement exigées</translation>
    </message>
    <message>
        <source>You agree to the site&apos;s terms in your name.</source>
        <translation>Vous acceptez les conditions du site en votre nom.</translation>
    </message>
</context>
<context>
    <name>sc::ui::ConversationsView</name>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Créneau de rendez-vous</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>The classifier learns from your correction at the next sync</source>
        <translation>Le classement apprend de votre correction à la prochaine relève</translation>
    </message>
    <message>
        <source>The last reply is:</source>
        <translation>La dernière réponse est :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2
%3 · %4 · %n message(s)</source>
        <translation>
            <numerusform>%1 — %2
%3 · %4 · %n message</numerusform>
            <numerusform>%1 — %2
%3 · %4 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Replies appear here once a mailbox is added in Settings and synced.</source>
        <translation>Les réponses apparaissent ici une fois une boîte mail ajoutée dans Paramètres et relevée.</translation>
    </message>
    <message>
        <source>Could not correct the category</source>
        <translation>Impossible de corriger la catégorie</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>This message has remote images, which can tell the sender you opened it. They stay blocked unless you choose to see them.</source>
        <translation>Ce message contient des images distantes, qui peuvent signaler à l’expéditeur que vous l’avez ouvert. Elles restent bloquées sauf si vous choisissez de les voir.</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Nouvel e-mail</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus seulement</translation>
    </message>
    <message>
        <source>Prospect, address or subject</source>
        <translation>Prospect, adresse ou objet</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>Outbox (%n need(s) you)</source>
        <translation>
            <numerusform>Boîte d’envoi (%n à décider)</numerusform>
            <numerusform>Boîte d’envoi (%n à décider)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Aucune conversation ne correspond</translation>
    </message>
    <message>
        <source>Clear the search or the filters to see every conversation.</source>
        <translation>Effacez la recherche ou les filtres pour voir toutes les conversations.</translation>
    </message>
    <message>
        <source>The Inbox agent is not sure this is “%1” — confirm or correct it.</source>
        <translation>L’agent Boîte de réception n’est pas sûr que ce soit « %1 » — confirmez ou corrigez.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Check me</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Replies to check</source>
        <translation>Réponses à vérifier</translation>
    </message>
    <message>
        <source>Keep this category: the classifier learns from it at the next sync</source>
        <translation>Garder cette catégorie : le classement en tient compte à la prochaine relève</translation>
    </message>
    <message>
        <source>Could not confirm the category</source>
        <translation>Impossible de confirmer la catégorie</translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation>Rédiger une réponse</translation>
    </message>
    <message>
        <source>Only a reply from a prospect can be answered with a drafted reply</source>
        <translation>Seule la réponse d’un prospect peut recevoir une réponse rédigée</translation>
    </message>
    <message>
        <source>Draft an answer to the latest message; it waits in Approvals</source>
        <translation>Rédiger une réponse au dernier message ; elle attendra dans Approbations</translation>
    </message>
    <message>
        <source>A message like this one is never answered with a sales reply</source>
        <translation>On ne répond jamais à ce type de message par une réponse commerciale</translation>
    </message>
    <message>
        <source>The latest message is “%1”: it is never answered with a sales reply.</source>
        <translation>Le dernier message est « %1 » : on n’y répond jamais par une réponse commerciale.</translation>
    </message>
</context>
<context>
    <name>sc::ui::DoNotContactPage</name>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Email address or whole domain</source>
        <translation>Adresse e-mail ou domaine entier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nobody on this list is ever contacted, by any agent or channel.</source>
        <translation>Personne sur cette liste n’est jamais contacté, par aucun agent ni canal.</translation>
    </message>
    <message>
        <source>%1 (whole domain)</source>
        <translation>%1 (domaine entier)</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>La liste est vide.</translation>
    </message>
    <message>
        <source>added in Settings</source>
        <translation>ajouté dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftDetails</name>
    <message>
        <source>%1 (%2)</source>
        <comment>model (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 in / %3 out · %4</source>
        <translation>%1 · %2 en entrée / %3 en sortie · %4</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sans coût</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Rédigé par %1</translation>
    </message>
    <message>
        <source>From the template “%1”</source>
        <translation>À partir du modèle « %1 »</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1 (passage %2)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Written again as you asked: “%1”</source>
        <translation>Réécrit à votre demande : « %1 »</translation>
    </message>
    <message>
        <source>Template value with nothing in it: %1</source>
        <translation>Variable de modèle sans valeur : %1</translation>
    </message>
    <message>
        <source>Check before approving: %1 — not in your documents</source>
        <translation>À vérifier avant d’approuver : %1 — absent de vos documents</translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftEmailsDialog</name>
    <message>
        <source>Draft emails</source>
        <translation>Rédiger des e-mails</translation>
    </message>
    <message numerus="yes">
        <source>An email is drafted for each of the %n selected prospect(s). The drafts wait in Approvals: nothing is sent before you approve it.</source>
        <translation>
            <numerusform>Un e-mail est rédigé pour %n prospect sélectionné. Le brouillon attend dans Approbations : rien n’est envoyé avant votre approbation.</numerusform>
            <numerusform>Un e-mail est rédigé pour chacun des %n prospects sélectionnés. Les brouillons attendent dans Approbations : rien n’est envoyé avant votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>First email</source>
        <translation>Premier e-mail</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Optional, e.g. “mention our webinar on 12 March”</source>
        <translation>Facultatif, ex. « mentionner notre webinaire du 12 mars »</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Consigne :</translation>
    </message>
    <message numerus="yes">
        <source>Draft %n email(s)</source>
        <translation>
            <numerusform>Rédiger %n e-mail</numerusform>
            <numerusform>Rédiger %n e-mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Default for the prospect&apos;s language</source>
        <translation>Par défaut pour la langue du prospect</translation>
    </message>
    <message>
        <source>The drafts could not be queued: %1</source>
        <translation>Les brouillons n’ont pas pu être mis en file d’attente : %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftService</name>
    <message>
        <source>No key for %1.</source>
        <translation>Aucune clé pour %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::EditDraftDialog</name>
    <message>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Save and approve</source>
        <translation>Enregistrer et approuver</translation>
    </message>
</context>
<context>
    <name>sc::ui::ForgetDialog</name>
    <message numerus="yes">
        <source>Forget %n person(s)</source>
        <translation>
            <numerusform>Oublier %n personne</numerusform>
            <numerusform>Oublier %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) everywhere?</source>
        <translation>
            <numerusform>Effacer %n personne partout ?</numerusform>
            <numerusform>Effacer %n personnes partout ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their details, emails, drafts, queued emails, tasks, sequences and timeline are erased for good; this cannot be undone. Only a one-way hash of their address is kept, so Sales Copilot never contacts them again.</source>
        <translation>Leurs coordonnées, e-mails, brouillons, e-mails en file, tâches, séquences et historique sont effacés définitivement ; cette action est irréversible. Seule une empreinte à sens unique de leur adresse est conservée, pour que Sales Copilot ne les contacte plus jamais.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>sc::ui::IdealCustomerPage</name>
    <message>
        <source>Ideal customer</source>
        <translation>Client idéal</translation>
    </message>
    <message>
        <source>Lists are comma-separated. Scores update in the background when this changes.</source>
        <translation>Listes séparées par des virgules. Les scores se mettent à jour en arrière-plan quand ceci change.</translation>
    </message>
    <message>
        <source>Industries:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>Logistics, Retail</source>
        <translation>Logistique, Commerce</translation>
    </message>
    <message>
        <source>Company sizes:</source>
        <translation>Tailles d’entreprise :</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Fonctions :</translation>
    </message>
    <message>
        <source>Head of Sales, Directeur commercial</source>
        <translation>Directeur commercial, Head of Sales</translation>
    </message>
    <message>
        <source>Seniority words:</source>
        <translation>Mots de séniorité :</translation>
    </message>
    <message>
        <source>head, director, vp, directeur</source>
        <translation>directeur, responsable, head, vp</translation>
    </message>
    <message>
        <source>Technologies:</source>
        <translation>Technologies :</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>seniority</source>
        <translation>séniorité</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>technologie</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <source>Could not save the ideal customer</source>
        <translation>Impossible d’enregistrer le client idéal</translation>
    </message>
</context>
<context>
    <name>sc::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln importé</numerusform>
            <numerusform>%Ln importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add the prospects of %1 to your workspace</source>
        <translation>Ajouter les prospects de %1 à votre espace de travail</translation>
    </message>
    <message>
        <source>You can close this window: the import keeps running, and you can follow it in Agents.</source>
        <translation>Vous pouvez fermer cette fenêtre : l’import continue, et vous pouvez le suivre dans Agents.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Stop the import. Prospects saved so far are kept.</source>
        <translation>Arrêter l’import. Les prospects déjà enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Canceling… prospects saved so far are kept.</source>
        <translation>Annulation… les prospects déjà enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Importing %1 (%2)</source>
        <translation>Import de %1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the import to start…</source>
        <translation>En attente du démarrage de l’import…</translation>
    </message>
    <message>
        <source>Reading the file and saving prospects…</source>
        <translation>Lecture du fichier et enregistrement des prospects…</translation>
    </message>
    <message>
        <source>The import was paused; it will resume where it stopped.</source>
        <translation>L’import a été suspendu ; il reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The end of the import could not be saved: %1</source>
        <translation>La fin de l’import n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The prospects saved before you canceled are kept. Import the file again to add the rest: no one is added twice.</source>
        <translation>Les prospects enregistrés avant l’annulation sont conservés. Importez à nouveau le fichier pour ajouter le reste : personne n’est ajouté deux fois.</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>L’import s’est arrêté</translation>
    </message>
    <message>
        <source>The prospects saved before it stopped are kept.</source>
        <translation>Les prospects enregistrés avant l’arrêt sont conservés.</translation>
    </message>
    <message>
        <source>Fix the file and import it again: no one is added twice.</source>
        <translation>Corrigez le fichier et importez-le à nouveau : personne n’est ajouté deux fois.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…et %Ln autre.</numerusform>
            <numerusform>…et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows were skipped. Fix them in the file and import it again: no one is added twice.</source>
        <translation>Ces lignes ont été ignorées. Corrigez-les dans le fichier et importez-le à nouveau : personne n’est ajouté deux fois.</translation>
    </message>
</context>
<context>
    <name>sc::ui::ImportPreview</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Domaine de l’entreprise</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel « Texte Unicode »)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>des barres verticales</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Column names as written in the file</source>
        <translation>Noms de colonnes tels qu’écrits dans le fichier</translation>
    </message>
    <message>
        <source>Line numbers in the file</source>
        <translation>Numéros de ligne dans le fichier</translation>
    </message>
    <message>
        <source>a quotation mark opens a cell but never closes it</source>
        <translation>un guillemet ouvre une cellule sans jamais la fermer</translation>
    </message>
    <message>
        <source>a cell is larger than 1 MB</source>
        <translation>une cellule dépasse 1 Mo</translation>
    </message>
    <message>
        <source>a row has too many columns</source>
        <translation>une ligne a trop de colonnes</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Ligne %1 : %2.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app, choose File › Save As, pick “CSV UTF-8”, then import the saved file.</source>
        <translation>Ceci est un classeur de tableur, pas un fichier CSV. Ouvrez-le dans votre tableur, choisissez Fichier › Enregistrer sous, prenez « CSV UTF-8 », puis importez le fichier enregistré.</translation>
    </message>
    <message>
        <source>This file cannot be opened: %1</source>
        <translation>Ce fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>Read as %1, with columns separated by %2.</source>
        <translation>Lu en %1, colonnes séparées par %2.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV. %1 Fix it in your spreadsheet app, save it again as CSV, then choose it again.</source>
        <translation>Ce fichier ne peut pas être lu comme un CSV. %1 Corrigez-le dans votre tableur, enregistrez-le à nouveau en CSV, puis choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>Only the first %1 columns can be imported.</source>
        <translation>Seules les %1 premières colonnes peuvent être importées.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>A CSV file exported from Excel, HubSpot, Salesforce, Apollo, Pipedrive or LinkedIn Sales Navigator. You can also drop it here.</source>
        <translation>Un fichier CSV exporté d’Excel, HubSpot, Salesforce, Apollo, Pipedrive ou LinkedIn Sales Navigator. Vous pouvez aussi le déposer ici.</translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation>Rien à prévisualiser</translation>
    </message>
    <message>
        <source>Choose another file, or drop it here.</source>
        <translation>Choisissez un autre fichier, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Ce que contient la colonne « %1 »</translation>
    </message>
    <message>
        <source>Email found in column “%1”.</source>
        <translation>E-mail trouvé dans la colonne « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n colonne sera ignorée.</numerusform>
            <numerusform>%n colonnes seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation>Toutes les colonnes seront importées.</translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows; the whole file will be imported.</source>
        <translation>L’aperçu montre les %1 premières lignes ; tout le fichier sera importé.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d’abord un fichier.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>Ce fichier ne peut pas être importé tel quel.</translation>
    </message>
    <message>
        <source>The file has column names but no rows to import.</source>
        <translation>Le fichier a des noms de colonnes mais aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Set the column that holds email addresses to “%1”: each prospect is recognised by their email.</source>
        <translation>Réglez la colonne des adresses e-mail sur « %1 » : chaque prospect est reconnu par son e-mail.</translation>
    </message>
    <message>
        <source>Two columns are set to “%1”. Set one of them to “%2”.</source>
        <translation>Deux colonnes sont réglées sur « %1 ». Réglez l’une d’elles sur « %2 ».</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>sc::ui::KeychainNotice</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask the keychain again</source>
        <translation>Interroger à nouveau le trousseau</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>System keychain available.</source>
        <translation>Trousseau du système disponible.</translation>
    </message>
</context>
<context>
    <name>sc::ui::KnowledgeBasePage</name>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>No documents yet. Add your price list, a product sheet or your FAQ to begin.</source>
        <translation>Aucun document pour l’instant. Ajoutez votre grille tarifaire, une fiche produit ou votre FAQ pour commencer.</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Ajouter des documents…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A question a prospect might ask, e.g. How fast do you answer urgent tickets?</source>
        <translation>ex. Sous quel délai traitez-vous les urgences ?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Try a question:</source>
        <translation>Essayer une question :</translation>
    </message>
    <message>
        <source>Documents about your offer — prices, product sheets, FAQs, case studies. Drafts quote only what they say. Everything stays on this computer.</source>
        <translation>Des documents sur votre offre — tarifs, fiches produit, FAQ, études de cas. Les brouillons ne citent que ce qu’ils disent. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add documents to the knowledge base</source>
        <translation>Ajouter des documents à la base de connaissances</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx)</source>
        <translation>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Adding %1… You can go on working meanwhile.</source>
        <translation>Ajout de %1… Vous pouvez continuer à travailler en attendant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 added: %2, %n passage(s).</source>
        <translation>
            <numerusform>%1 ajouté : %2, %n passage.</numerusform>
            <numerusform>%1 ajouté : %2, %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove “%1” from the knowledge base?</source>
        <translation>Retirer « %1 » de la base de connaissances ?</translation>
    </message>
    <message>
        <source>Drafts will no longer quote it. The file itself stays where it is.</source>
        <translation>Les brouillons ne le citeront plus. Le fichier lui-même reste où il est.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>No passage answers this. A draft would have nothing to quote on it.</source>
        <translation>Aucun passage n’y répond. Un brouillon n’aurait rien à citer à ce sujet.</translation>
    </message>
    <message>
        <source>Adding %1 documents… You can go on working meanwhile.</source>
        <translation>Ajout de %1 documents… Vous pouvez continuer à travailler en attendant.</translation>
    </message>
    <message>
        <source>%1 documents added.</source>
        <translation>%1 documents ajoutés.</translation>
    </message>
</context>
<context>
    <name>sc::ui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Sales Copilot uses the new language the next time it starts.</source>
        <translation>Sales Copilot utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
</context>
<context>
    <name>sc::ui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Scripts and tools reach the workspace with a key made here: at 127.0.0.1 on this computer, or over HTTPS from the network if you allow it. Approvals through the API carry the key&apos;s name in the audit log.</source>
        <translation>Les scripts et outils accèdent à l’espace de travail avec une clé créée ici : sur 127.0.0.1 depuis cet ordinateur, ou en HTTPS depuis le réseau si vous l’autorisez. Les approbations faites par l’API portent le nom de la clé dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Serve the API on this computer</source>
        <translation>Servir l’API sur cet ordinateur</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Other devices on the network too (HTTPS)</source>
        <translation>Aussi les autres appareils du réseau (HTTPS)</translation>
    </message>
    <message>
        <source> requests/s per key (0: no limit)</source>
        <translation> requêtes/s par clé (0 : sans limite)</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> d’un coup</translation>
    </message>
    <message>
        <source>Reachable from:</source>
        <translation>Accessible depuis :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Give this fingerprint to the devices that connect: they check it to know they reach this computer and nothing in between.</source>
        <translation>Donnez cette empreinte aux appareils qui se connectent : ils la vérifient pour savoir qu’ils joignent bien cet ordinateur, sans intermédiaire.</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Certificat SHA-256 :</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <source>Recent requests:</source>
        <translation>Requêtes récentes :</translation>
    </message>
    <message>
        <source>Could not save the API settings</source>
        <translation>Impossible d’enregistrer les réglages de l’API</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>Clé d’API créée</translation>
    </message>
    <message>
        <source>Copy the secret now: it is shown only once.

client_id: %1
client_secret: %2</source>
        <translation>Copiez le secret maintenant : il n’est affiché qu’une fois.

client_id : %1
client_secret : %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — made %4%5</source>
        <translation>%1 — %2 — %3 — créée le %4%5</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (révoquée)</translation>
    </message>
    <message>
        <source>No key yet: make one for each script or tool.</source>
        <translation>Aucune clé : créez-en une par script ou outil.</translation>
    </message>
    <message>
        <source>Could not create the key</source>
        <translation>Impossible de créer la clé</translation>
    </message>
    <message>
        <source>Could not revoke the key</source>
        <translation>Impossible de révoquer la clé</translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation>Aucune requête pour l’instant.</translation>
    </message>
</context>
<context>
    <name>sc::ui::MailAccountDialog</name>
    <message>
        <source>Add a mailbox</source>
        <translation>Ajouter une boîte mail</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>ex. Travail</translation>
    </message>
    <message>
        <source>you@company.example</source>
        <translation>vous@entreprise.example</translation>
    </message>
    <message>
        <source>imap.company.example</source>
        <translation>imap.entreprise.example</translation>
    </message>
    <message>
        <source>smtp.company.example</source>
        <translation>smtp.entreprise.example</translation>
    </message>
    <message>
        <source> emails a day</source>
        <translation> e-mails par jour</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Incoming (IMAP):</source>
        <translation>Réception (IMAP) :</translation>
    </message>
    <message>
        <source>Outgoing (SMTP):</source>
        <translation>Envoi (SMTP) :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Sending limit:</source>
        <translation>Limite d’envoi :</translation>
    </message>
    <message>
        <source>Add mailbox</source>
        <translation>Ajouter la boîte</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Enter both the incoming and the outgoing server.</source>
        <translation>Saisissez le serveur de réception et le serveur d’envoi.</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in your system keychain).</source>
        <translation>Saisissez le mot de passe (il est conservé dans le trousseau du système).</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Aucun (serveur sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connecting to %1 and %2…</source>
        <translation>Connexion à %1 et %2…</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS: without encryption the password would cross the network in clear.</source>
        <translation>Choisissez SSL/TLS ou STARTTLS : sans chiffrement, le mot de passe traverserait le réseau en clair.</translation>
    </message>
    <message>
        <source>Incoming mail: connected.</source>
        <translation>Courrier entrant : connecté.</translation>
    </message>
    <message>
        <source>Incoming mail: %1</source>
        <translation>Courrier entrant : %1</translation>
    </message>
    <message>
        <source>Outgoing mail: connected.</source>
        <translation>Courrier sortant : connecté.</translation>
    </message>
    <message>
        <source>Outgoing mail: %1</source>
        <translation>Courrier sortant : %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation>Jeton d’accès OAuth2</translation>
    </message>
    <message>
        <source>Google Workspace and Microsoft 365 accounts that refuse passwords accept an OAuth2 access token (SASL XOAUTH2).</source>
        <translation>Les comptes Google Workspace et Microsoft 365 qui refusent les mots de passe acceptent un jeton d’accès OAuth2 (SASL XOAUTH2).</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Connexion avec :</translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation>Collez le jeton d’accès</translation>
    </message>
    <message>
        <source>Paste the access token (it is kept in your system keychain).</source>
        <translation>Collez le jeton d’accès (il est conservé dans le trousseau du système).</translation>
    </message>
    <message>
        <source>This mailbox is already warmed up (send at the full daily cap from the first day)</source>
        <translation>Cette boîte mail est déjà chauffée (envoi jusqu’au plafond quotidien dès le premier jour)</translation>
    </message>
    <message>
        <source>A new mailbox that suddenly sends a lot looks like spam to mail providers. Unless it is already warmed up, sequences send 20 emails on its first day, then 20% more each day until the sending limit. Tick this for a mailbox that has been sending for weeks.</source>
        <translation>Une boîte mail neuve qui envoie soudain beaucoup ressemble à du spam pour les fournisseurs de messagerie. Sauf si elle est déjà chauffée, les séquences envoient 20 e-mails le premier jour, puis 20 % de plus chaque jour jusqu’à la limite d’envoi. Cochez cette case pour une boîte mail qui envoie depuis des semaines.</translation>
    </message>
</context>
<context>
    <name>sc::ui::MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes mail</translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation>Ajouter une boîte…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mail sent in bursts looks like spam to mail providers.</source>
        <translation>Des e-mails envoyés en rafale ressemblent à du spam pour les fournisseurs de messagerie.</translation>
    </message>
    <message>
        <source>https://your-site.example/unsubscribe?t={token}</source>
        <translation>https://votre-site.example/desinscription?t={token}</translation>
    </message>
    <message>
        <source>Your page for one-click unsubscription (RFC 8058). Without it, recipients unsubscribe by email, which the Inbox agent applies at the next sync.</source>
        <translation>Votre page de désinscription en un clic (RFC 8058). Sans elle, les destinataires se désinscrivent par e-mail, ce que l’agent Boîte de réception applique à la relève suivante.</translation>
    </message>
    <message>
        <source>Check for new mail every:</source>
        <translation>Relever le courrier toutes les :</translation>
    </message>
    <message>
        <source>Wait between two emails:</source>
        <translation>Attente entre deux e-mails :</translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation>Page de désinscription :</translation>
    </message>
    <message>
        <source>The unsubscribe page must be an https:// address.</source>
        <translation>La page de désinscription doit être une adresse https://.</translation>
    </message>
    <message>
        <source>No mailbox yet. Add the one you prospect from.</source>
        <translation>Aucune boîte mail. Ajoutez celle depuis laquelle vous prospectez.</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation>Impossible de retirer la boîte mail</translation>
    </message>
    <message>
        <source>The mailbox was not added: %1</source>
        <translation>La boîte mail n’a pas été ajoutée : %1</translation>
    </message>
    <message>
        <source>Dana Reyes
Account Executive, Kestrel Labs
+1 555 0100</source>
        <translation>Camille Durand
Responsable grands comptes, Kestrel Labs
+33 1 99 00 01 00</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Every draft ends with it. Left empty, drafts are signed with the name of the mailbox they go from.</source>
        <translation>Chaque brouillon se termine par elle. Si elle est vide, les brouillons sont signés du nom de la boîte mail d’où ils partent.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message>
        <source>Sending from this mailbox is paused: %1</source>
        <translation>L’envoi depuis cette boîte mail est suspendu : %1</translation>
    </message>
    <message>
        <source>Kestrel Labs, 12 Harbour Street, Portland, OR 97201, USA</source>
        <translation>Kestrel Labs, 12 rue du Port, 69002 Lyon, France</translation>
    </message>
    <message>
        <source>Sender footer:</source>
        <translation>Pied de page :</translation>
    </message>
    <message>
        <source>Optional. Your company and postal address, under every email with a line on how to unsubscribe (the law in the US and elsewhere asks for both).</source>
        <translation>Facultatif. Votre société et votre adresse postale, sous chaque e-mail avec une ligne expliquant comment se désinscrire (la loi l’exige aux États-Unis et ailleurs).</translation>
    </message>
    <message>
        <source>%1 — %2 (sending paused)</source>
        <translation>%1 — %2 (envoi suspendu)</translation>
    </message>
    <message>
        <source>Could not resume sending</source>
        <translation>Impossible de reprendre l’envoi</translation>
    </message>
</context>
<context>
    <name>sc::ui::MainWindow</name>
    <message>
        <source>Sales Copilot — %1</source>
        <translation>Sales Copilot — %1</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>sc::ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>e.g. Demo for Heron Works</source>
        <translation>par ex. Démo pour Heron Works</translation>
    </message>
    <message>
        <source>The prospect&apos;s email address</source>
        <translation>L&apos;adresse e-mail du prospect</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An address, or paste a video link</source>
        <translation>Une adresse, ou collez un lien de visio</translation>
    </message>
    <message>
        <source>What the invitation says (optional)</source>
        <translation>Le texte de l&apos;invitation (facultatif)</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 for them (%2, %3)</source>
        <translation>%1 chez eux (%2, %3)</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre au rendez-vous.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>Le rendez-vous n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::OutboxPanel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Blocked: do not contact</source>
        <translation>Bloqué : ne pas contacter</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Il est parti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The recipient got it (or you checked your Sent folder): record it as sent, send nothing</source>
        <translation>Le destinataire l’a reçu (ou vous l’avez vu dans Envoyés) : le noter comme envoyé, sans rien renvoyer</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>La boîte d’envoi est vide</translation>
    </message>
    <message>
        <source>Emails you send or approve wait here until they go, within your sending limit.</source>
        <translation>Les e-mails que vous envoyez ou approuvez attendent ici leur départ, dans la limite d’envoi.</translation>
    </message>
    <message>
        <source>Could not read the outbox</source>
        <translation>Impossible de lire la boîte d’envoi</translation>
    </message>
    <message>
        <source>Could not send it again</source>
        <translation>Impossible de le renvoyer</translation>
    </message>
    <message>
        <source>Could not record it as sent</source>
        <translation>Impossible de le noter comme envoyé</translation>
    </message>
    <message>
        <source>Could not cancel it</source>
        <translation>Impossible de l’annuler</translation>
    </message>
    <message>
        <source>Add a mailbox…</source>
        <translation>Ajouter une boîte mail…</translation>
    </message>
    <message>
        <source>Waiting for a mailbox</source>
        <translation>En attente d’une boîte mail</translation>
    </message>
    <message>
        <source>No mailbox yet — add one in Settings</source>
        <translation>Aucune boîte mail — ajoutez-en une dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>sc::ui::PipelineStagesEditor</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Étapes du pipeline</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>The stages a prospect goes through, in order. New stages come before the closed ones (won, lost).</source>
        <translation>Les étapes que traverse un prospect, dans l’ordre. Les nouvelles étapes se placent avant les étapes closes (gagné, perdu).</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (gagné)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (perdu)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln prospect(s)</source>
        <translation>
            <numerusform>%1 — %Ln prospect</numerusform>
            <numerusform>%1 — %Ln prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospects in this stage count as won deals.</source>
        <translation>Les prospects de cette étape comptent comme affaires gagnées.</translation>
    </message>
    <message>
        <source>Prospects in this stage count as lost deals.</source>
        <translation>Les prospects de cette étape comptent comme affaires perdues.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>Le pipeline doit garder au moins une étape.</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Nom de la nouvelle étape :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Could not add the stage</source>
        <translation>Impossible d’ajouter l’étape</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Could not rename the stage</source>
        <translation>Impossible de renommer l’étape</translation>
    </message>
    <message>
        <source>Could not move the stage</source>
        <translation>Impossible de déplacer l’étape</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Remove the stage “%1”? No prospect is in it.</source>
        <translation>Supprimer l’étape « %1 » ? Aucun prospect n’y figure.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln prospect(s). Before the stage goes, move them to:</source>
        <translation>
            <numerusform>« %1 » contient %Ln prospect. Avant de supprimer l’étape, déplacez-le vers :</numerusform>
            <numerusform>« %1 » contient %Ln prospects. Avant de supprimer l’étape, déplacez-les vers :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the stage</source>
        <translation>Impossible de supprimer l’étape</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectDetailPanel</name>
    <message>
        <source>Notes about this person</source>
        <translation>Notes sur cette personne</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Could not change the stage</source>
        <translation>Impossible de changer l’étape</translation>
    </message>
    <message>
        <source>Could not save the notes</source>
        <translation>Impossible d’enregistrer les notes</translation>
    </message>
    <message>
        <source>No prospect selected</source>
        <translation>Aucun prospect sélectionné</translation>
    </message>
    <message>
        <source>Nothing has happened with this prospect yet.</source>
        <translation>Rien ne s’est encore passé avec ce prospect.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Deal value:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Amount, e.g. %1</source>
        <translation>Montant, par ex. %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>New task, e.g. Call back about pricing</source>
        <translation>Nouvelle tâche, par ex. Rappeler au sujet des tarifs</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Could not save the deal value</source>
        <translation>Impossible d’enregistrer le montant</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d’enregistrer la modification</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — pour le %2</translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation>%1 — en retard depuis le %2</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <source>Could not add the task</source>
        <translation>Impossible d’ajouter la tâche</translation>
    </message>
    <message>
        <source>Could not update the task</source>
        <translation>Impossible de mettre à jour la tâche</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Trade show, Priority</source>
        <translation>Séparées par des virgules, par ex. Salon, Prioritaire</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Noter un appel…</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>What was said, and what comes next:</source>
        <translation>Ce qui s’est dit, et la suite :</translation>
    </message>
    <message>
        <source>Could not save the tags</source>
        <translation>Impossible d’enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Appel : %1</translation>
    </message>
    <message>
        <source>Could not log the call</source>
        <translation>Impossible de noter l’appel</translation>
    </message>
    <message>
        <source>Research the company</source>
        <translation>Étudier l’entreprise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not researched yet.</source>
        <translation>Pas encore étudiée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Public emails</source>
        <translation>E-mails publics</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Stated headcount</source>
        <translation>Effectif annoncé</translation>
    </message>
    <message>
        <source>Research queued: see Agents.</source>
        <translation>Recherche lancée : voir Agents.</translation>
    </message>
    <message>
        <source>nothing in common with the ideal customer (Settings) yet</source>
        <translation>rien en commun avec le client idéal (Paramètres) pour l’instant</translation>
    </message>
    <message>
        <source>Double-click to see the screenshot.</source>
        <translation>Double-cliquez pour voir la capture.</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>No tasks yet. Type one below — a call to make, a document to send — and give it a due date.</source>
        <translation>Aucune tâche pour l’instant. Saisissez-en une ci-dessous — un appel à passer, un document à envoyer — et donnez-lui une échéance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact: its name and its value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a form field: its label and the value sent</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>%1 — skipped</source>
        <translation>%1 — ignorée</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectPrediction</name>
    <message>
        <source>Predictive score: learning — not trained yet (it needs %1 outcomes: replies, meetings, wins and silences); the rule score is used</source>
        <translation>Score prédictif : en apprentissage — pas encore entraîné (il faut %1 résultats : réponses, rendez-vous, ventes et silences) ; le score par règles s&apos;applique</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes so far</source>
        <translation>%1 résultats sur %2 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 replies, meetings or wins so far</source>
        <translation>%1 réponses, rendez-vous ou ventes sur %2 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 prospects contacted without a reply so far</source>
        <translation>%1 prospects contactés sans réponse sur %2 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Predictive score: learning — %1; the rule score is used</source>
        <translation>Score prédictif : en apprentissage — %1 ; le score par règles s&apos;applique</translation>
    </message>
    <message>
        <source>Predictive score: not scored yet — the next training scores this prospect; the rule score is used</source>
        <translation>Score prédictif : pas encore calculé — le prochain entraînement notera ce prospect ; le score par règles s&apos;applique</translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation>moins de 1 %</translation>
    </message>
    <message>
        <source>raised by %1</source>
        <translation>relevé par %1</translation>
    </message>
    <message>
        <source>lowered by %1</source>
        <translation>abaissé par %1</translation>
    </message>
    <message>
        <source>Predicted reply chance %1</source>
        <translation>Chance de réponse prévue %1</translation>
    </message>
    <message>
        <source>(learned from %1 outcomes)</source>
        <translation>(appris sur %1 résultats)</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectSequencesTab</name>
    <message>
        <source>AI-written email</source>
        <translation>e-mail rédigé par l’IA</translation>
    </message>
    <message>
        <source>email (%1)</source>
        <translation>e-mail (%1)</translation>
    </message>
    <message>
        <source>email (A/B)</source>
        <translation>e-mail (A/B)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation>visite LinkedIn</translation>
    </message>
    <message>
        <source>task for you</source>
        <translation>tâche pour vous</translation>
    </message>
    <message>
        <source>contact form</source>
        <translation>formulaire de contact</translation>
    </message>
    <message>
        <source>From their country</source>
        <translation>D’après son pays</translation>
    </message>
    <message>
        <source>The time zone this person&apos;s sequence steps run in (business hours are theirs). Empty: their country&apos;s zone, or the sequence&apos;s when the country has several.</source>
        <translation>Le fuseau horaire dans lequel s’exécutent les étapes de séquence de cette personne (les heures ouvrées sont les siennes). Vide : le fuseau de son pays, ou celui de la séquence si le pays en compte plusieurs.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Could not save the time zone</source>
        <translation>Impossible d’enregistrer le fuseau horaire</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>pas intéressé</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>une question</translation>
    </message>
    <message>
        <source>proposing a time to meet</source>
        <translation>propose un rendez-vous</translation>
    </message>
    <message>
        <source>pointing to someone else</source>
        <translation>oriente vers quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Stopped: a colleague at their company replied</source>
        <translation>Arrêtée : un collègue de son entreprise a répondu</translation>
    </message>
    <message>
        <source>Stopped: they replied (%1)</source>
        <translation>Arrêtée : réponse reçue (%1)</translation>
    </message>
    <message>
        <source>Stopped: they replied</source>
        <translation>Arrêtée : réponse reçue</translation>
    </message>
    <message>
        <source>Stopped: bounced</source>
        <translation>Arrêtée : e-mail rejeté</translation>
    </message>
    <message>
        <source>Stopped: they unsubscribed</source>
        <translation>Arrêtée : désinscription</translation>
    </message>
    <message>
        <source>Stopped: they reported it as spam</source>
        <translation>Arrêtée : signalement de spam</translation>
    </message>
    <message>
        <source>Stopped: meeting booked</source>
        <translation>Arrêtée : rendez-vous pris</translation>
    </message>
    <message>
        <source>Stopped: marked won</source>
        <translation>Arrêtée : affaire gagnée</translation>
    </message>
    <message>
        <source>Stopped: marked lost</source>
        <translation>Arrêtée : affaire perdue</translation>
    </message>
    <message>
        <source>Stopped: marked do not contact</source>
        <translation>Arrêtée : marqué « ne pas contacter »</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Arrêtée par vous</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêtée : %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused until %1 (out of office)</source>
        <translation>En pause jusqu’au %1 (absence)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished: every step done</source>
        <translation>Terminée : toutes les étapes faites</translation>
    </message>
    <message>
        <source>On %1, before step %2 of %3</source>
        <translation>Le %1, avant l’étape %2 sur %3</translation>
    </message>
    <message>
        <source>Before step %1 of %2</source>
        <translation>Avant l’étape %1 sur %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, due %4</source>
        <translation>Étape %1 sur %2 : %3, prévue le %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Their country has several time zones (or none is known): the sequence&apos;s is used.</source>
        <translation>Son pays compte plusieurs fuseaux horaires (ou aucun n’est connu) : celui de la séquence est utilisé.</translation>
    </message>
    <message>
        <source>From their country: %1.</source>
        <translation>D’après son pays : %1.</translation>
    </message>
    <message>
        <source>Not in any sequence. Right-click them in the list and choose Enroll in a sequence.</source>
        <translation>Dans aucune séquence. Faites un clic droit dans la liste et choisissez Inscrire dans une séquence.</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectsView</name>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Search by name, company, title or email</source>
        <translation>Rechercher par nom, entreprise, poste ou e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%n résultat pour &quot;%1&quot;</numerusform>
            <numerusform>%n résultats pour &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>No prospects yet</source>
        <translation>Aucun prospect pour le moment</translation>
    </message>
    <message>
        <source>Prospects appear here when you import them or when the Research agent finds them.</source>
        <translation>Les prospects apparaissent ici quand vous les importez ou que l’agent Recherche les trouve.</translation>
    </message>
    <message>
        <source>No prospect matches &quot;%1&quot;</source>
        <translation>Aucun prospect ne correspond à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check the spelling or search for less.</source>
        <translation>Vérifiez l’orthographe ou élargissez la recherche.</translation>
    </message>
    <message>
        <source>Could not change the stage</source>
        <translation>Impossible de changer l’étape</translation>
    </message>
    <message>
        <source>Could not add the tag</source>
        <translation>Impossible d’ajouter l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Move %n prospect(s) to</source>
        <translation>
            <numerusform>Déplacer %n prospect vers</numerusform>
            <numerusform>Déplacer %n prospects vers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag for the selected prospects:</source>
        <translation>Étiquette pour les prospects sélectionnés :</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import prospects from a CSV file (HubSpot, Salesforce, Apollo, Pipedrive, Excel…)</source>
        <translation>Importer des prospects depuis un fichier CSV (HubSpot, Salesforce, Apollo, Pipedrive, Excel…)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) deleted.</source>
        <translation>
            <numerusform>%n prospect supprimé.</numerusform>
            <numerusform>%n prospects supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prospect(s)</source>
        <translation>
            <numerusform>Supprimer %n prospect</numerusform>
            <numerusform>Supprimer %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) match the filters</source>
        <translation>
            <numerusform>%n prospect correspond aux filtres</numerusform>
            <numerusform>%n prospects correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>No prospect matches these filters</source>
        <translation>Aucun prospect ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Clear a filter or two to see more.</source>
        <translation>Retirez un filtre ou deux pour en voir plus.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the prospects shown, with the current search and filters, as a CSV file</source>
        <translation>Enregistrer les prospects affichés, avec la recherche et les filtres en cours, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export prospects</source>
        <translation>Exporter des prospects</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>prospects.csv</source>
        <translation>prospects.csv</translation>
    </message>
    <message>
        <source>Show prospects in one stage</source>
        <translation>Afficher les prospects d’une étape</translation>
    </message>
    <message>
        <source>Show the prospects of one owner</source>
        <translation>Afficher les prospects d’un responsable</translation>
    </message>
    <message>
        <source>Show prospects with one tag</source>
        <translation>Afficher les prospects portant une étiquette</translation>
    </message>
    <message>
        <source>Show prospects whose company is in one country</source>
        <translation>Afficher les prospects dont l’entreprise est dans un pays</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>Score ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Tous les scores</translation>
    </message>
    <message>
        <source>Show prospects with at least this lead score</source>
        <translation>Afficher les prospects ayant au moins ce score</translation>
    </message>
    <message>
        <source>Any last activity</source>
        <translation>Toute activité</translation>
    </message>
    <message>
        <source>Active in the last 7 days</source>
        <translation>Actifs ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Active in the last 30 days</source>
        <translation>Actifs ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>Actifs ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Show prospects contacted recently</source>
        <translation>Afficher les prospects contactés récemment</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exporting prospects…</source>
        <translation>Export des prospects…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) exported to %1</source>
        <translation>
            <numerusform>%n prospect exporté vers %1</numerusform>
            <numerusform>%n prospects exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) enrolled in “%1”.</source>
        <translation>
            <numerusform>%n prospect inscrit dans « %1 ».</numerusform>
            <numerusform>%n prospects inscrits dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in it.</source>
        <translation>
            <numerusform>%n y était déjà.</numerusform>
            <numerusform>%n y étaient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: on the do-not-contact list.</source>
        <translation>
            <numerusform>%n ignoré : sur la liste à ne pas contacter.</numerusform>
            <numerusform>%n ignorés : sur la liste à ne pas contacter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no email address.</source>
        <translation>
            <numerusform>%n ignoré : pas d’adresse e-mail.</numerusform>
            <numerusform>%n ignorés : pas d’adresse e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not enroll</source>
        <translation>Inscription impossible</translation>
    </message>
    <message>
        <source>Enroll in a sequence</source>
        <translation>Inscrire dans une séquence</translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation>Aucune séquence pour l’instant</translation>
    </message>
    <message>
        <source>Research a company from its website: name, description, address, phones, public emails, profiles, technologies, size</source>
        <translation>Étudier une entreprise à partir de son site : nom, description, adresse, téléphones, e-mails publics, profils, technologies, taille</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Ajouter une entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s website or domain:</source>
        <translation>Le site ou le domaine de l’entreprise :</translation>
    </message>
    <message>
        <source>Could not start the research</source>
        <translation>Impossible de lancer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>Researching %n company website(s): follow it in Agents.</source>
        <translation>
            <numerusform>Étude de %n site d&apos;entreprise : suivez-la dans Agents.</numerusform>
            <numerusform>Étude de %n sites d&apos;entreprise : suivez-la dans Agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a website or a domain.</source>
        <translation>« %1 » n’est ni un site ni un domaine.</translation>
    </message>
    <message>
        <source>Researching %1: the company appears when its website has been read.</source>
        <translation>Recherche sur %1 : l’entreprise apparaît une fois son site lu.</translation>
    </message>
    <message>
        <source>Research the company website(s)</source>
        <translation>Étudier le ou les sites des entreprises</translation>
    </message>
    <message>
        <source>Could not prepare the contact forms</source>
        <translation>Impossible de préparer les formulaires de contact</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n contact form(s): each waits in Approvals before it is sent.</source>
        <translation>
            <numerusform>Préparation de %n formulaire de contact : il attend dans Approbations avant d’être envoyé.</numerusform>
            <numerusform>Préparation de %n formulaires de contact : chacun attend dans Approbations avant d’être envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the contact form(s)…</source>
        <translation>Remplir le(s) formulaire(s) de contact…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a person by hand, or a company from its website</source>
        <translation>Ajouter une personne à la main, ou une entreprise à partir de son site</translation>
    </message>
    <message>
        <source>Person…</source>
        <translation>Personne…</translation>
    </message>
    <message>
        <source>Add one person by hand: name, email, company, title, phone</source>
        <translation>Ajouter une personne à la main : nom, e-mail, entreprise, poste, téléphone</translation>
    </message>
    <message>
        <source>Company from its website…</source>
        <translation>Entreprise depuis son site…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the selected prospect&apos;s details</source>
        <translation>Afficher ou masquer les détails du prospect sélectionné</translation>
    </message>
    <message>
        <source>Enroll in “%1”</source>
        <translation>Inscrire dans « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected prospects replied already or have a won or lost deal.</source>
        <translation>
            <numerusform>%n des prospects sélectionnés a déjà répondu ou a une affaire gagnée ou perdue.</numerusform>
            <numerusform>%n des prospects sélectionnés ont déjà répondu ou ont une affaire gagnée ou perdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sequence would write to them as if nothing had happened.</source>
        <translation>Une séquence leur écrirait comme si de rien n’était.</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Enroll them too</source>
        <translation>Les inscrire aussi</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: replied, won or lost.</source>
        <translation>
            <numerusform>%n ignoré : a répondu, gagné ou perdu.</numerusform>
            <numerusform>%n ignorés : ont répondu, gagnés ou perdus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added. Their details are on the right.</source>
        <translation>Ajouté. Ses détails s’affichent à droite.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft emails…</source>
        <translation>Rédiger des e-mails…</translation>
    </message>
    <message>
        <source>Draft an email for each selected prospect; the drafts wait in Approvals</source>
        <translation>Rédiger un e-mail pour chaque prospect sélectionné ; les brouillons attendront dans Approbations</translation>
    </message>
    <message>
        <source>Select the prospects to write to first.</source>
        <translation>Sélectionnez d’abord les prospects à qui écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Drafting %n email(s) — see Agents. The drafts land in Approvals.</source>
        <translation>
            <numerusform>Rédaction de %n e-mail — voir Agents. Le brouillon arrivera dans Approbations.</numerusform>
            <numerusform>Rédaction de %n e-mails — voir Agents. Les brouillons arriveront dans Approbations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %n person(s)…</source>
        <translation>
            <numerusform>Oublier %n personne…</numerusform>
            <numerusform>Oublier %n personnes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) forgotten: erased everywhere, never to be contacted again.</source>
        <translation>
            <numerusform>%n personne oubliée : effacée partout, elle ne sera plus jamais contactée.</numerusform>
            <numerusform>%n personnes oubliées : effacées partout, elles ne seront plus jamais contactées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not forget</source>
        <translation>Impossible d’oublier</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProviderDialog</name>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>OpenAI (GPT)</source>
        <translation>OpenAI (GPT)</translation>
    </message>
    <message>
        <source>Local or compatible server (Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>Serveur local ou compatible (Ollama, LM Studio, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Add an AI provider</source>
        <translation>Ajouter un fournisseur d’IA</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>For example: Claude, Office laptop</source>
        <translation>Par exemple : Claude, PC du bureau</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur :</translation>
    </message>
    <message>
        <source>Model for drafts:</source>
        <translation>Modèle pour les brouillons :</translation>
    </message>
    <message>
        <source>Optional, for example text-embedding-3-small</source>
        <translation>Facultatif, par exemple text-embedding-3-small</translation>
    </message>
    <message>
        <source>Model for document search:</source>
        <translation>Modèle pour la recherche documentaire :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <source>Leave empty for %1&apos;s own service</source>
        <translation>Laisser vide pour le service de %1</translation>
    </message>
    <message>
        <source>Saved in the keychain — type a new one to replace it</source>
        <translation>Enregistrée dans le trousseau — saisissez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <source>Usually none for a local server</source>
        <translation>Généralement aucune pour un serveur local</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Collez la clé</translation>
    </message>
    <message>
        <source>A local server keeps your emails on this computer.</source>
        <translation>Un serveur local garde vos e-mails sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Kept in your system keychain, never in the workspace file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <source>No keychain available: see Settings › AI providers</source>
        <translation>Aucun trousseau disponible : voir Paramètres › Fournisseurs d’IA</translation>
    </message>
</context>
<context>
    <name>sc::ui::ReplyDraftBar</name>
    <message>
        <source>Open Approvals</source>
        <translation>Ouvrir Approbations</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Drafting a reply to %1…</source>
        <translation>Rédaction d’une réponse à %1…</translation>
    </message>
    <message>
        <source>Reply to %1 drafted: see Approvals.</source>
        <translation>Réponse à %1 rédigée : voir Approbations.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SendTimeHeatmap</name>
    <message>
        <source>Not enough replies yet: %1 of %2 — sending at the first business hour</source>
        <translation>Pas encore assez de réponses : %1 sur %2 — envoi à la première heure ouvrée</translation>
    </message>
    <message>
        <source>Share of replies</source>
        <translation>Part des réponses</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Business hours: sends go at the first moment in them</source>
        <translation>Heures ouvrées : les envois partent dès leur début</translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>%1: %2% of replies</source>
        <translation>%1 : %2 % des réponses</translation>
    </message>
</context>
<context>
    <name>sc::ui::SendTimesDialog</name>
    <message>
        <source>Send times</source>
        <translation>Heures d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace (%n replies)</source>
        <translation>
            <numerusform>Tout l’espace de travail (%n réponse)</numerusform>
            <numerusform>Tout l’espace de travail (%n réponses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Country: %1 (%n replies)</source>
        <translation>
            <numerusform>Pays : %1 (%n réponse)</numerusform>
            <numerusform>Pays : %1 (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message numerus="yes">
        <source>Company: %1 (%n replies)</source>
        <translation>
            <numerusform>Entreprise : %1 (%n réponse)</numerusform>
            <numerusform>Entreprise : %1 (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours are the prospect&apos;s own. Sequences send inside business hours, in the best-rated of them within two business days of a step&apos;s due time.</source>
        <translation>Les heures sont celles du prospect. Les séquences envoient pendant les heures ouvrées, sur les mieux notées d’entre elles, dans les deux jours ouvrés qui suivent l’échéance d’une étape.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2:00</translation>
    </message>
    <message>
        <source>Best hours: %1.</source>
        <translation>Meilleures heures : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n replies only: it leans on the wider pattern.</source>
        <translation>
            <numerusform>Appris de %n réponse seulement : complété par la tendance plus large.</numerusform>
            <numerusform>Appris de %n réponses seulement : complété par la tendance plus large.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pattern yet: sends follow the hours replies come in once the workspace has %1 replies to learn from (%2 of %1 so far). Until then, steps run at the first moment inside business hours.</source>
        <translation>Pas encore de tendance : les envois suivront les heures des réponses dès que l&apos;espace aura %1 réponses dont apprendre (%2 sur %1 pour l&apos;instant). D&apos;ici là, les étapes partent au premier moment ouvré.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceDetails</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the emails sent had a reply</source>
        <translation>%1 % des e-mails envoyés ont reçu une réponse</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Pause prospect</source>
        <translation>Suspendre le prospect</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positives</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Steps and results</source>
        <translation>Étapes et résultats</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation>Suspendre la séquence</translation>
    </message>
    <message>
        <source>Resume sequence</source>
        <translation>Reprendre la séquence</translation>
    </message>
    <message>
        <source>Nothing more is sent or prepared until you resume; queued emails are taken back</source>
        <translation>Plus rien n’est envoyé ni préparé jusqu’à la reprise ; les e-mails en file sont retirés</translation>
    </message>
    <message>
        <source>The sequence walks on where each prospect was</source>
        <translation>La séquence reprend là où en était chaque prospect</translation>
    </message>
    <message>
        <source>Sends from %1 · %2, %3–%4 (%5) · at most %6 a day, %7 apart</source>
        <translation>Envoi depuis %1 · %2, %3–%4 (%5) · au plus %6 par jour, espacés de %7</translation>
    </message>
    <message>
        <source>the first mailbox</source>
        <translation>la première boîte mail</translation>
    </message>
    <message>
        <source>Stops on nothing but the deal&apos;s end</source>
        <translation>Ne s’arrête qu’à la fin de l’affaire</translation>
    </message>
    <message>
        <source>Stops on %1</source>
        <translation>Arrêt sur %1</translation>
    </message>
    <message>
        <source>; a colleague&apos;s reply stops the whole company</source>
        <translation> ; la réponse d’un collègue arrête toute l’entreprise</translation>
    </message>
    <message numerus="yes">
        <source> · %n holiday(s)</source>
        <translation>
            <numerusform> · %n jour férié</numerusform>
            <numerusform> · %n jours fériés</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospects (%1)</source>
        <translation>Prospects (%1)</translation>
    </message>
    <message>
        <source>Nobody yet: enroll prospects from the Prospects view.</source>
        <translation>Personne pour l’instant : inscrivez des prospects depuis la vue Prospects.</translation>
    </message>
    <message>
        <source>The first %1 of %2 shown.</source>
        <translation>Les %1 premiers sur %2 sont affichés.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Winner: version %1 (p = %2, 95% confidence)</source>
        <translation>Gagnante : version %1 (p = %2, confiance de 95 %)</translation>
    </message>
    <message>
        <source>No winner yet: needs %1 sends per version at 95% confidence</source>
        <translation>Pas encore de gagnante : il faut %1 envois par version pour une confiance de 95 %</translation>
    </message>
    <message>
        <source> (p = %1 so far)</source>
        <translation> (p = %1 pour l’instant)</translation>
    </message>
    <message>
        <source>No winner yet: the difference is not significant at 95% confidence (p = %1)</source>
        <translation>Pas encore de gagnante : la différence n’est pas significative à 95 % de confiance (p = %1)</translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation>prochaine dès %1</translation>
    </message>
    <message>
        <source>next: now</source>
        <translation>prochaine : maintenant</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>until you resume</source>
        <translation>jusqu’à la reprise</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>Arrêté par %1</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>tout est fait</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Resume prospect</source>
        <translation>Reprendre le prospect</translation>
    </message>
    <message>
        <source>Select a prospect first</source>
        <translation>Sélectionnez d’abord un prospect</translation>
    </message>
    <message>
        <source>This prospect&apos;s sequence is over: there is nothing to pause</source>
        <translation>La séquence de ce prospect est terminée : il n’y a rien à suspendre</translation>
    </message>
    <message>
        <source>Sending version %1 to everyone from now on</source>
        <translation>La version %1 part désormais à tout le monde</translation>
    </message>
    <message>
        <source>Every other version of this step weighs 0: whoever reaches it gets version %1. Edit the sequence to test again.</source>
        <translation>Les autres versions de cette étape pèsent 0 : quiconque l&apos;atteint reçoit la version %1. Modifiez la séquence pour tester à nouveau.</translation>
    </message>
    <message>
        <source>Send version %1 to the rest</source>
        <translation>Envoyer la version %1 aux autres</translation>
    </message>
    <message>
        <source>Everyone who has not reached step %1 yet gets version %2; who got it keeps what they got</source>
        <translation>Tous ceux qui n&apos;ont pas encore atteint l&apos;étape %1 reçoivent la version %2 ; les autres gardent ce qu&apos;ils ont reçu</translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceEditorDialog</name>
    <message>
        <source>They reply</source>
        <translation>Il répond</translation>
    </message>
    <message>
        <source>An email bounces</source>
        <translation>Un e-mail est rejeté</translation>
    </message>
    <message>
        <source>They unsubscribe</source>
        <translation>Il se désinscrit</translation>
    </message>
    <message>
        <source>They report spam</source>
        <translation>Il signale un spam</translation>
    </message>
    <message>
        <source>A meeting is booked</source>
        <translation>Un rendez-vous est pris</translation>
    </message>
    <message>
        <source>A reply from a colleague at the same company stops the whole company</source>
        <translation>La réponse d’un collègue de la même entreprise arrête toute l’entreprise</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation>Modifier la séquence</translation>
    </message>
    <message>
        <source>Schedule and rules</source>
        <translation>Planning et règles</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>e.g. Outbound Q1</source>
        <translation>ex. Prospection T1</translation>
    </message>
    <message>
        <source>For prospects whose own time zone is not known</source>
        <translation>Pour les prospects dont le fuseau horaire n’est pas connu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>in the prospect&apos;s own time zone</source>
        <translation>dans le fuseau horaire du prospect</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source> emails a day</source>
        <translation> e-mails par jour</translation>
    </message>
    <message>
        <source> s between two</source>
        <translation> s entre deux</translation>
    </message>
    <message>
        <source>Stop a prospect&apos;s sequence when</source>
        <translation>Arrêter la séquence d’un prospect quand</translation>
    </message>
    <message>
        <source>Won, lost and do-not-contact always end outreach; an out-of-office reply pauses the prospect until they are back.</source>
        <translation>Gagné, perdu et « ne pas contacter » mettent toujours fin à la prospection ; une réponse d’absence met le prospect en pause jusqu’à son retour.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Send from:</source>
        <translation>Envoyer depuis :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation>Jours ouvrés :</translation>
    </message>
    <message>
        <source>Business hours:</source>
        <translation>Heures ouvrées :</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Jours fériés :</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus :</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation>%1 (catégorie)</translation>
    </message>
    <message>
        <source>The first mailbox</source>
        <translation>La première boîte mail</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>Étapes (%1)</translation>
    </message>
    <message>
        <source>A sequence named “%1” already exists: choose another name.</source>
        <translation>Une séquence nommée « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not save the sequence: %1</source>
        <translation>Impossible d’enregistrer la séquence : %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceStepEditor</name>
    <message>
        <source>Written here (two versions or more: an A/B test)</source>
        <translation>Rédigé ici (deux versions ou plus : un test A/B)</translation>
    </message>
    <message>
        <source>A template from your library</source>
        <translation>Un modèle de votre bibliothèque</translation>
    </message>
    <message>
        <source>Written by the AI for each prospect</source>
        <translation>Rédigé par l’IA pour chaque prospect</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Ajouter une version</translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <source>Prospects are split between versions by weight. Subjects and bodies may use variables such as {{first_name}}.</source>
        <translation>Les prospects sont répartis entre les versions selon leur poids. Les objets et messages peuvent utiliser des variables comme {{first_name}}.</translation>
    </message>
    <message>
        <source>A category sends the template of that category in the prospect&apos;s language.</source>
        <translation>Une catégorie envoie le modèle de cette catégorie dans la langue du prospect.</translation>
    </message>
    <message>
        <source>What the AI should say, e.g. mention their new office (optional)</source>
        <translation>Ce que l’IA doit dire, ex. mentionner leurs nouveaux locaux (facultatif)</translation>
    </message>
    <message>
        <source>The Conversation agent writes a draft for each prospect from their research.</source>
        <translation>L’agent Conversation rédige un brouillon pour chaque prospect à partir de ses recherches.</translation>
    </message>
    <message>
        <source>Waits in Approvals until you approve it</source>
        <translation>Attend dans Approbations jusqu’à votre accord</translation>
    </message>
    <message>
        <source>Sent automatically</source>
        <translation>Envoyé automatiquement</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Envoi :</translation>
    </message>
    <message>
        <source> business day(s)</source>
        <translation> jour(s) ouvré(s)</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Attente :</translation>
    </message>
    <message>
        <source>Days outside the business days and holidays do not count. A reply during the wait stops the sequence as the stop rules say.</source>
        <translation>Les jours hors jours ouvrés et jours fériés ne comptent pas. Une réponse pendant l’attente arrête la séquence selon les règles d’arrêt.</translation>
    </message>
    <message>
        <source>e.g. Call {{first_name}}</source>
        <translation>ex. Appeler {{first_name}}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <source>A task for you in Today; nothing is automated on LinkedIn.</source>
        <translation>Une tâche pour vous dans Aujourd’hui ; rien n’est automatisé sur LinkedIn.</translation>
    </message>
    <message>
        <source>The Form Filler fills the contact form of the prospect&apos;s company website, at its own pace; you check what it sends in Approvals.</source>
        <translation>Le remplisseur de formulaires remplit le formulaire de contact du site de l’entreprise du prospect, à son propre rythme ; vous vérifiez ce qu’il envoie dans Approbations.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Email (not written yet)</source>
        <translation>E-mail (pas encore rédigé)</translation>
    </message>
    <message>
        <source>Email (no subject yet)</source>
        <translation>E-mail (pas encore d’objet)</translation>
    </message>
    <message>
        <source>Task (no title yet)</source>
        <translation>Tâche (pas encore d’intitulé)</translation>
    </message>
    <message>
        <source>Each version gets its weight&apos;s share of the prospects (0: none)</source>
        <translation>Chaque version reçoit une part des prospects selon son poids (0 : aucune)</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceText</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation>Visite LinkedIn</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Autre tâche</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>a bounce</source>
        <translation>un rebond</translation>
    </message>
    <message>
        <source>an unsubscribe</source>
        <translation>une désinscription</translation>
    </message>
    <message>
        <source>a spam complaint</source>
        <translation>un signalement de spam</translation>
    </message>
    <message>
        <source>a meeting booked</source>
        <translation>un rendez-vous pris</translation>
    </message>
    <message>
        <source>the deal won</source>
        <translation>l’affaire gagnée</translation>
    </message>
    <message>
        <source>the deal lost</source>
        <translation>l’affaire perdue</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>« ne pas contacter »</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n business day(s)</source>
        <translation>
            <numerusform>Attendre %n jour ouvré</numerusform>
            <numerusform>Attendre %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Contact form, filled by the Form Filler</source>
        <translation>Formulaire de contact, rempli par le remplisseur de formulaires</translation>
    </message>
    <message>
        <source>waits for your approval</source>
        <translation>attend votre accord</translation>
    </message>
    <message>
        <source>sent automatically</source>
        <translation>envoyé automatiquement</translation>
    </message>
    <message>
        <source>Email: A/B test of %1 (%2)</source>
        <translation>E-mail : test A/B de %1 (%2)</translation>
    </message>
    <message>
        <source>Email: “%1” (%2)</source>
        <translation>E-mail : « %1 » (%2)</translation>
    </message>
    <message>
        <source>Email from the template “%1” (%2)</source>
        <translation>E-mail d’après le modèle « %1 » (%2)</translation>
    </message>
    <message>
        <source>Email written by the AI (%1)</source>
        <translation>E-mail rédigé par l’IA (%1)</translation>
    </message>
    <message>
        <source>version %1 needs a name of its own.</source>
        <translation>la version %1 doit avoir un nom qui lui est propre.</translation>
    </message>
    <message>
        <source>the weight of version %1 must be 0 or more.</source>
        <translation>le poids de la version %1 doit être de 0 ou plus.</translation>
    </message>
    <message>
        <source>version %1 needs a subject and a body.</source>
        <translation>la version %1 doit avoir un objet et un message.</translation>
    </message>
    <message>
        <source>a wait lasts at least 1 business day.</source>
        <translation>une attente dure au moins 1 jour ouvré.</translation>
    </message>
    <message>
        <source>a task is a call, a LinkedIn visit or another task.</source>
        <translation>une tâche est un appel, une visite LinkedIn ou une autre tâche.</translation>
    </message>
    <message>
        <source>the task needs a title.</source>
        <translation>la tâche doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>say what the email is: write at least one version, pick a template, or let the AI write it.</source>
        <translation>précisez ce qu’est l’e-mail : rédigez au moins une version, choisissez un modèle ou laissez l’IA le rédiger.</translation>
    </message>
    <message>
        <source>the email either waits for your approval or is sent automatically.</source>
        <translation>l’e-mail attend votre accord ou est envoyé automatiquement.</translation>
    </message>
    <message>
        <source>a step is an email, a wait, a task or a contact form.</source>
        <translation>une étape est un e-mail, une attente, une tâche ou un formulaire de contact.</translation>
    </message>
    <message>
        <source>Step %1 cannot be read.</source>
        <translation>L’étape %1 est illisible.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a time zone: pick one from the list, such as Europe/Paris.</source>
        <translation>« %1 » n’est pas un fuseau horaire : choisissez-en un dans la liste, comme Europe/Paris.</translation>
    </message>
    <message>
        <source>Give the sequence a name.</source>
        <translation>Donnez un nom à la séquence.</translation>
    </message>
    <message>
        <source>Tick at least one business day.</source>
        <translation>Cochez au moins un jour ouvré.</translation>
    </message>
    <message>
        <source>Business hours need a start time, such as 09:00.</source>
        <translation>Les heures ouvrées ont besoin d’une heure de début, comme 09:00.</translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation>Les heures ouvrées doivent finir après leur début.</translation>
    </message>
    <message>
        <source>Business hours need an end time, such as 17:00.</source>
        <translation>Les heures ouvrées ont besoin d’une heure de fin, comme 17:00.</translation>
    </message>
    <message>
        <source>A holiday is not a valid date.</source>
        <translation>Un jour férié n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The number of emails per day must be 1 or more.</source>
        <translation>Le nombre d’e-mails par jour doit être de 1 ou plus.</translation>
    </message>
    <message>
        <source>The time between two emails must be 0 seconds or more.</source>
        <translation>Le délai entre deux e-mails doit être de 0 seconde ou plus.</translation>
    </message>
    <message>
        <source>One of the stop rules is unknown.</source>
        <translation>L’une des règles d’arrêt est inconnue.</translation>
    </message>
    <message>
        <source>Add at least one step that does something: an email, a task or a contact form.</source>
        <translation>Ajoutez au moins une étape qui agit : un e-mail, une tâche ou un formulaire de contact.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SequencesView</name>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>New sequence…</source>
        <translation>Nouvelle séquence…</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation>Aucune séquence pour l’instant</translation>
    </message>
    <message>
        <source>A sequence sends your emails, tasks and contact forms step by step, in each prospect&apos;s business hours, and stops the moment they reply. Create one, then enroll prospects from the Prospects view.</source>
        <translation>Une séquence envoie vos e-mails, tâches et formulaires de contact étape par étape, pendant les heures ouvrées de chaque prospect, et s’arrête dès qu’il répond. Créez-en une, puis inscrivez des prospects depuis la vue Prospects.</translation>
    </message>
    <message>
        <source>Create your first sequence…</source>
        <translation>Créer votre première séquence…</translation>
    </message>
    <message>
        <source>Could not read the sequences</source>
        <translation>Impossible de lire les séquences</translation>
    </message>
    <message>
        <source>Multi-step outreach that runs itself</source>
        <translation>Une prospection en plusieurs étapes qui tourne seule</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n séquence</numerusform>
            <numerusform>%n séquences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) on their way</source>
        <translation>
            <numerusform>%n prospect en cours</numerusform>
            <numerusform>%n prospects en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the sequence</source>
        <translation>Impossible de lire la séquence</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation>Modifier la séquence</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate sequence</source>
        <translation>Dupliquer la séquence</translation>
    </message>
    <message>
        <source>Could not resume the sequence</source>
        <translation>Impossible de reprendre la séquence</translation>
    </message>
    <message>
        <source>Could not pause the sequence</source>
        <translation>Impossible de mettre la séquence en pause</translation>
    </message>
    <message>
        <source>Could not pause this prospect</source>
        <translation>Impossible de mettre ce prospect en pause</translation>
    </message>
    <message>
        <source>Could not resume this prospect</source>
        <translation>Impossible de reprendre ce prospect</translation>
    </message>
    <message>
        <source>Best send times…</source>
        <translation>Meilleures heures d&apos;envoi…</translation>
    </message>
    <message>
        <source>When prospects answer, learned from the replies in this workspace</source>
        <translation>Quand les prospects répondent, appris des réponses de cet espace</translation>
    </message>
    <message>
        <source>Send version %1 to the rest</source>
        <translation>Envoyer la version %1 aux autres</translation>
    </message>
    <message>
        <source>Everyone who has not reached step %1 yet gets version %2.</source>
        <translation>Tous ceux qui n&apos;ont pas encore atteint l&apos;étape %1 recevront la version %2.</translation>
    </message>
    <message>
        <source>Prospects who already got this step keep what they got. The other versions stop being sent; edit the sequence to test again.</source>
        <translation>Les prospects qui ont déjà reçu cette étape gardent ce qu&apos;ils ont reçu. Les autres versions ne partent plus ; modifiez la séquence pour tester à nouveau.</translation>
    </message>
    <message>
        <source>Send version %1</source>
        <translation>Envoyer la version %1</translation>
    </message>
    <message>
        <source>Could not send version %1 to the rest</source>
        <translation>Impossible d&apos;envoyer la version %1 aux autres</translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation>Impossible de lire les réponses</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateEditor</name>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. Intro after a webinar</source>
        <translation>ex. Premier message après un webinaire</translation>
    </message>
    <message>
        <source>e.g. A question for {{company}}</source>
        <translation>ex. Une question pour {{company}}</translation>
    </message>
    <message>
        <source>Hi {{first_name}},

Write the email as you would send it; Insert variable puts in what differs from one prospect to the next.</source>
        <translation>Bonjour {{first_name}},

Écrivez l’e-mail comme vous l’enverriez ; Insérer une variable ajoute ce qui change d’un prospect à l’autre.</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Insérer une variable</translation>
    </message>
    <message>
        <source>Puts a value of the prospect or of you where the cursor is, in the subject or the body</source>
        <translation>Insère une valeur du prospect ou de vous à l’emplacement du curseur, dans l’objet ou le message</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Message :</translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateLabels</name>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Réponse à une question</translation>
    </message>
    <message>
        <source>Meeting confirmation</source>
        <translation>Confirmation de rendez-vous</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Site de l’entreprise</translation>
    </message>
    <message>
        <source>What the company does</source>
        <translation>Activité de l’entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Your sign-off</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <source>In the subject, {{#%1}} opens a section that is never closed: add {{/%1}} where it ends.</source>
        <translation>Dans l’objet, {{#%1}} ouvre une section qui n’est jamais fermée : ajoutez {{/%1}} là où elle se termine.</translation>
    </message>
    <message>
        <source>In the body, {{#%1}} opens a section that is never closed: add {{/%1}} where it ends.</source>
        <translation>Dans le message, {{#%1}} ouvre une section qui n’est jamais fermée : ajoutez {{/%1}} là où elle se termine.</translation>
    </message>
    <message>
        <source>In the subject, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.</source>
        <translation>Dans l’objet, {{/%1}} ferme une section qui n’a jamais été ouverte : ajoutez {{#%1}} avant, ou supprimez-le.</translation>
    </message>
    <message>
        <source>In the body, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.</source>
        <translation>Dans le message, {{/%1}} ferme une section qui n’a jamais été ouverte : ajoutez {{#%1}} avant, ou supprimez-le.</translation>
    </message>
    <message>
        <source>In the subject, a variable is not closed: every {{ needs its }}.</source>
        <translation>Dans l’objet, une variable n’est pas fermée : chaque {{ doit avoir son }}.</translation>
    </message>
    <message>
        <source>In the body, a variable is not closed: every {{ needs its }}.</source>
        <translation>Dans le message, une variable n’est pas fermée : chaque {{ doit avoir son }}.</translation>
    </message>
    <message>
        <source>The subject cannot be read as a template (%1).</source>
        <translation>L’objet ne peut pas être lu comme un modèle (%1).</translation>
    </message>
    <message>
        <source>The body cannot be read as a template (%1).</source>
        <translation>Le message ne peut pas être lu comme un modèle (%1).</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation>Écrivez le message de l’e-mail.</translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateListPanel</name>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>%1 — comes with Sales Copilot</source>
        <translation>%1 — fourni avec Sales Copilot</translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Find a prospect…</source>
        <translation>Chercher un prospect…</translation>
    </message>
    <message>
        <source>No prospect matches</source>
        <translation>Aucun prospect ne correspond</translation>
    </message>
    <message>
        <source>The prospect the preview writes to</source>
        <translation>Le prospect à qui l’aperçu s’adresse</translation>
    </message>
    <message>
        <source>No prospect to preview with</source>
        <translation>Aucun prospect pour l’aperçu</translation>
    </message>
    <message>
        <source>Add a prospect or import a list in Prospects: the preview then shows this email as they would receive it.</source>
        <translation>Ajoutez un prospect ou importez une liste dans Prospects : l’aperçu montrera alors cet e-mail tel qu’il le recevrait.</translation>
    </message>
    <message>
        <source>Choose a prospect to see this email as they would receive it.</source>
        <translation>Choisissez un prospect pour voir cet e-mail tel qu’il le recevrait.</translation>
    </message>
    <message>
        <source>Write a subject and a body: the email shows here as you type.</source>
        <translation>Écrivez un objet et un message : l’e-mail s’affiche ici au fil de la frappe.</translation>
    </message>
    <message>
        <source>This prospect is no longer in the workspace: choose another.</source>
        <translation>Ce prospect n’est plus dans l’espace de travail : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>This template cannot be read yet: %1</source>
        <translation>Ce modèle ne peut pas encore être lu : %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>{{%1}} is not a variable: check its spelling, or pick one from Insert variable.</source>
        <translation>{{%1}} n’est pas une variable : vérifiez l’orthographe, ou choisissez-en une dans Insérer une variable.</translation>
    </message>
    <message>
        <source>{{%1}} has no value for %2.</source>
        <translation>{{%1}} n’a pas de valeur pour %2.</translation>
    </message>
    <message>
        <source>Ready: every variable has a value for %1.</source>
        <translation>Prêt : chaque variable a une valeur pour %1.</translation>
    </message>
    <message>
        <source>Not ready for %1: a draft made from this template cannot be approved until every variable has a value.</source>
        <translation>Pas prêt pour %1 : un brouillon fait avec ce modèle ne pourra pas être approuvé tant que chaque variable n’a pas de valeur.</translation>
    </message>
    <message>
        <source>Tip: {{#title}}as {{title}}{{/title}} writes its words only when there is a value.</source>
        <translation>Astuce : {{#title}}en tant que {{title}}{{/title}} n’écrit ces mots que s’il y a une valeur.</translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplatesView</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
    <message>
        <source>Templates are the emails the agents start from: a first touch, a follow-up, an answer. Click New template to write your first one.</source>
        <translation>Les modèles sont les e-mails dont partent les agents : un premier contact, une relance, une réponse. Cliquez sur Nouveau modèle pour écrire le premier.</translation>
    </message>
    <message>
        <source>Could not read the templates</source>
        <translation>Impossible de lire les modèles</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in your library</source>
        <translation>
            <numerusform>%n modèle dans votre bibliothèque</numerusform>
            <numerusform>%n modèles dans votre bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Add the French version</source>
        <translation>Ajouter la version française</translation>
    </message>
    <message>
        <source>Add the English version</source>
        <translation>Ajouter la version anglaise</translation>
    </message>
    <message>
        <source>No template in this category yet: New template starts one.</source>
        <translation>Aucun modèle dans cette catégorie pour l’instant : Nouveau modèle en commence un.</translation>
    </message>
    <message>
        <source>A new template: it joins your library when you save it.</source>
        <translation>Un nouveau modèle : il rejoint votre bibliothèque dès que vous l’enregistrez.</translation>
    </message>
    <message>
        <source>A new language version of “%1”, started from the other one: write it, then save.</source>
        <translation>Une nouvelle version linguistique de « %1 », partie de l’autre : rédigez-la, puis enregistrez.</translation>
    </message>
    <message>
        <source>Comes with Sales Copilot. Edit it as you like, or duplicate it to keep the original.</source>
        <translation>Fourni avec Sales Copilot. Modifiez-le à votre guise, ou dupliquez-le pour garder l’original.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the new template before you go on?</source>
        <translation>Enregistrer le nouveau modèle avant de continuer ?</translation>
    </message>
    <message>
        <source>Save your changes to “%1” before you go on?</source>
        <translation>Enregistrer vos modifications de « %1 » avant de continuer ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>“%1” already has a version in this language: switch to it above, or choose another language.</source>
        <translation>« %1 » a déjà une version dans cette langue : passez-y ci-dessus, ou choisissez une autre langue.</translation>
    </message>
    <message>
        <source>Another template is called “%1”: choose another name.</source>
        <translation>Un autre modèle s’appelle « %1 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Could not duplicate the template</source>
        <translation>Impossible de dupliquer le modèle</translation>
    </message>
    <message numerus="yes">
        <source>Its %n language version(s) go with it.</source>
        <translation>
            <numerusform>Sa version linguistique part avec lui.</numerusform>
            <numerusform>Ses %n versions linguistiques partent avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>It came with Sales Copilot and does not come back once deleted: duplicate it first to keep a copy.</source>
        <translation>Il est fourni avec Sales Copilot et ne revient pas une fois supprimé : dupliquez-le d’abord pour en garder une copie.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>Impossible de supprimer le modèle</translation>
    </message>
</context>
<context>
    <name>sc::ui::TodayView</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation>Visite LinkedIn</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Faire</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to do today</source>
        <translation>Rien à faire aujourd’hui</translation>
    </message>
    <message>
        <source>Calls, LinkedIn visits and other tasks from your sequences, and the tasks you add on a prospect, appear here on the day they are due.</source>
        <translation>Les appels, visites LinkedIn et autres tâches de vos séquences, ainsi que les tâches que vous ajoutez sur un prospect, apparaissent ici le jour de leur échéance.</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>Next %1 days (%2)</source>
        <translation>%1 prochains jours (%2)</translation>
    </message>
    <message>
        <source>Done today (%1)</source>
        <translation>Faites aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>No tasks due</source>
        <translation>Aucune tâche à faire</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Tout est fait pour aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n à faire aujourd’hui</numerusform>
            <numerusform>%n à faire aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the next %1 days</source>
        <translation>
            <numerusform>%n dans les %1 prochains jours</numerusform>
            <numerusform>%n dans les %1 prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Faite à %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Ignorée à %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a person and their company</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Votre tâche</translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation>Reportée au %1</translation>
    </message>
    <message>
        <source>Put this task back on the list</source>
        <translation>Remettre cette tâche dans la liste</translation>
    </message>
    <message>
        <source>Do ↗</source>
        <translation>Faire ↗</translation>
    </message>
    <message>
        <source>Marks it done and opens their LinkedIn page in your browser: you visit, nothing is automated on LinkedIn.</source>
        <translation>La marque comme faite et ouvre sa page LinkedIn dans votre navigateur : c’est vous qui visitez, rien n’est automatisé sur LinkedIn.</translation>
    </message>
    <message>
        <source>Mark this task done</source>
        <translation>Marquer cette tâche comme faite</translation>
    </message>
    <message>
        <source>Close this task without doing it</source>
        <translation>Clore cette tâche sans la faire</translation>
    </message>
    <message>
        <source>Put this task off</source>
        <translation>Reporter cette tâche</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <source>Choose a day…</source>
        <translation>Choisir un jour…</translation>
    </message>
    <message>
        <source>Could not mark the task done</source>
        <translation>Impossible de marquer la tâche comme faite</translation>
    </message>
    <message>
        <source>Could not skip the task</source>
        <translation>Impossible d’ignorer la tâche</translation>
    </message>
    <message>
        <source>Could not snooze the task</source>
        <translation>Impossible de reporter la tâche</translation>
    </message>
    <message>
        <source>Could not put the task back</source>
        <translation>Impossible de remettre la tâche</translation>
    </message>
    <message>
        <source>Snooze the task</source>
        <translation>Reporter la tâche</translation>
    </message>
    <message>
        <source>Bring this task back on:</source>
        <translation>Faire revenir cette tâche le :</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayNotifier</name>
    <message>
        <source>Sales Copilot</source>
        <translation>Sales Copilot</translation>
    </message>
    <message>
        <source>Open Sales Copilot</source>
        <translation>Ouvrir Sales Copilot</translation>
    </message>
    <message>
        <source>Show agents</source>
        <translation>Afficher les agents</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Drafts to approve</source>
        <translation>Brouillons à approuver</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for your approval.</source>
        <translation>
            <numerusform>%n brouillon attend votre accord.</numerusform>
            <numerusform>%n brouillons attendent votre accord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales Copilot — %n draft(s) to approve</source>
        <translation>
            <numerusform>Sales Copilot — %n brouillon à approuver</numerusform>
            <numerusform>Sales Copilot — %n brouillons à approuver</numerusform>
        </translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>Une opération a échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A contact form needs you</source>
        <translation>Un formulaire de contact a besoin de vous</translation>
    </message>
    <message>
        <source>The form on %1 is filled and has a CAPTCHA: solve it and press Send in the window that opened.</source>
        <translation>Le formulaire sur %1 est rempli et a un CAPTCHA : résolvez-le et appuyez sur Envoyer dans la fenêtre ouverte.</translation>
    </message>
    <message>
        <source>Sending paused for %1</source>
        <translation>Envoi suspendu pour %1</translation>
    </message>
    <message>
        <source>%1 Resume it in Settings › Mailboxes once the cause is fixed.</source>
        <translation>%1 Reprenez-le dans Paramètres › Boîtes mail une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Starting now</source>
        <translation>Commence maintenant</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Dans %n minute</numerusform>
            <numerusform>Dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sc::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Ouvrir un autre dossier…</translation>
    </message>
    <message>
        <source>Sales Copilot opens the new folder the next time it starts.</source>
        <translation>Sales Copilot ouvrira le nouveau dossier au prochain démarrage.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Sales Copilot — %1</source>
        <translation>Sales Copilot — %1</translation>
    </message>
    <message>
        <source>Could not rename the workspace</source>
        <translation>Impossible de renommer l’espace de travail</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Choisir le dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>Keep for ever</source>
        <translation>Ne jamais effacer</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Erase inactive prospects after:</source>
        <translation>Effacer les prospects inactifs après :</translation>
    </message>
    <message>
        <source>A prospect with no email, change or timeline entry for this long is erased everywhere. To erase one person now and never contact them again, use Forget in the Prospects view.</source>
        <translation>Un prospect sans e-mail, modification ni entrée d’historique pendant cette durée est effacé partout. Pour effacer une personne dès maintenant et ne plus jamais la contacter, utilisez Oublier dans la vue Prospects.</translation>
    </message>
    <message>
        <source>Could not read the settings</source>
        <translation>Impossible de lire les réglages</translation>
    </message>
    <message>
        <source>Could not save the retention rule</source>
        <translation>Impossible d’enregistrer la règle de conservation</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> minutes avant</translation>
    </message>
    <message>
        <source>Remind me of meetings:</source>
        <translation>Me rappeler les rendez-vous :</translation>
    </message>
    <message>
        <source>Could not save the reminder</source>
        <translation>Impossible d&apos;enregistrer le rappel</translation>
    </message>
</context>
</TS>
