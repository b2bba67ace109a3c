## Messages de parallel-review en français. Chaque message peut avoir une ligne `.help`
## qui dit quoi faire.

## Lignes de synthèse

summary-reports = { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapports
    } : { $errors ->
        [0] 0 erreur
        [one] 1 erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] 0 avertissement
        [one] 1 avertissement
       *[other] { $warnings } avertissements
    }
severity-error = erreur
severity-warning = avertissement
help-label = à faire
section-label = sous

## Résumé des règles (`parallel-review rules`)

rule-unreadable = un fichier ou un dossier illisible ou à ne pas lire (droits d'accès, boucle de liens symboliques ou lien menant hors du dossier, tube nommé ou périphérique)
    .help = Un rapport que l'outil ne peut ou ne doit pas ouvrir : droits manquants, lien symbolique qui boucle ou mène hors du dossier vérifié, tube nommé ou périphérique, dont la lecture pourrait bloquer ou ne jamais finir. Rien n'en est lu.
rule-encoding = le fichier n'est pas du texte UTF-8, est binaire ou est vide
    .help = Un rapport est un texte brut enregistré en UTF-8 (marque d'ordre des octets et fins de ligne Windows acceptées). Les fichiers Word, PDF ou d'un autre encodage sont refusés, avec la ligne du premier octet fautif ; enregistrez le fichier en texte UTF-8, avec l'extension .md.
rule-file-size = le fichier est trop volumineux pour être un rapport : plus de 16 Mo, ou plus de 150 000 lignes et marques Markdown
    .help = Un fichier de plus de 16 Mo, ou de plus de 150 000 lignes et marques Markdown, n'est pas analysé : un long rapport de 15 000 mots en est loin, et ces limites bornent la mémoire d'une vérification quel que soit le fichier.
rule-front-matter = pas d'en-tête de métadonnées, ou un en-tête qui n'est pas du YAML valide ou pas un ensemble de champs
    .help = Un rapport commence par un en-tête entre deux lignes `---`, qui contient ses champs en YAML. Il doit être fermé, en YAML valide, fait de lignes `champ: valeur`, d'au plus 64 Ko et d'au plus 16 alias YAML.
rule-missing-field = un champ obligatoire de l'en-tête est absent (un champ recommandé : avertissement)
    .help = Chaque champ exigé par la note d'orientation (title, organization, stakeholder, country, language, objectives, date) doit figurer dans l'en-tête ; un champ recommandé (contact) absent est un avertissement, et une erreur avec --final.
rule-invalid-field = une valeur de l'en-tête du mauvais type ou non admise
    .help = Chaque valeur doit être du type de son champ : un type d'acteur connu, des codes pays ISO 3166-1 alpha-2, un code de langue (ar, en, fr), des numéros d'objectif, une date AAAA-MM-JJ qui existe, une adresse électronique, un logo en PNG ou JPEG dans le dossier du rapport. La valeur valide la plus proche est proposée.
rule-unknown-field = un champ de l'en-tête que la note d'orientation ne définit pas
    .help = Une clé que la note d'orientation ne définit pas est sans doute une faute de frappe : le nom de champ le plus proche est proposé. Elle est ignorée au rendu.
rule-unknown-objective = un numéro d'objectif hors de 1 à 23, dans l'en-tête ou un titre
    .help = Le Pacte compte 23 objectifs : un numéro hors de 1-23, dans `objectives` ou dans un titre d'objectif, n'en désigne aucun.
rule-missing-objective-section = un objectif cité dans `objectives` n'a pas de section
    .help = Chaque objectif listé dans `objectives` doit avoir sa section, un titre commençant par Objectif, Objective ou الهدف et son numéro.
rule-undeclared-objective = une section d'objectif dont le numéro n'est pas cité dans `objectives`
    .help = Une section sur un objectif que `objectives` ne liste pas est absente de la couverture et de la page de garde : ajoutez son numéro à la liste.
rule-duplicate-objective-section = le même objectif a deux sections
    .help = Chaque objectif ne devrait avoir qu'une section : fusionnez les deux, ou corrigez le numéro de l'une.
rule-missing-section = une section obligatoire de la note d'orientation est absente (une section recommandée : avertissement)
    .help = Les sections exigées par la note (résumé, méthodologie, contexte national, progrès sur les objectifs, recommandations) doivent chacune avoir un titre, dans l'une de ses langues ; une section recommandée absente est un avertissement.
rule-section-order = des sections hors de l'ordre de la note d'orientation
    .help = Les sections suivent l'ordre de la note d'orientation, pour que les lecteurs trouvent la même chose au même endroit dans chaque rapport.
rule-empty-section = une section sans texte propre
    .help = Un titre de section ou d'objectif sans texte ; avec --final c'est une erreur, car le rapport n'est pas terminé.
rule-placeholder = des questions du squelette, du texte provisoire ou des marques TODO/TBD/XXX/FIXME restent
    .help = Les consignes du squelette (`<!-- prompt: … -->`), le texte provisoire de la note et les marques TODO, TBD, XXX ou FIXME signalent un texte inachevé ; avec --final ce sont des erreurs.
rule-word-limit = une section ou le rapport dépasse la limite de mots de la note d'orientation
    .help = La note suggère des limites de mots (600 pour le résumé, 15 000 pour le rapport) ; le constat dit de combien une section ou le rapport les dépasse.
rule-recommendations = la section des recommandations n'a pas de liste
    .help = Des recommandations en liste, chacune nommant qui doit agir, se suivent plus facilement : écrivez-les en liste numérotée ou à puces.
rule-raw-html = du HTML brut dans le rapport (il ne sera pas rendu)
    .help = Le HTML d'un rapport est supprimé au rendu, par sécurité : écrivez l'emphase, les listes, les tableaux et les liens en Markdown. Les commentaires HTML sont acceptés.
rule-image-alt = une image sans texte de remplacement
    .help = Une image a besoin d'une description entre les crochets, pour les lecteurs qui ne la voient pas et pour les lecteurs d'écran.
rule-broken-link = un lien vers un fichier local absent ou hors du dossier du rapport, ou d'un type non conservé (seuls http, https, mailto)
    .help = Un lien vers un fichier doit viser un fichier existant dans le dossier du rapport ; seuls les liens web (http, https), de courriel (mailto), internes à la page et ces liens locaux sont conservés au rendu, les autres sont retirés.

## Constats

unreadable = impossible de lire ce fichier : { $reason }
    .help = vérifiez que le fichier existe et que vous avez le droit de le lire
not-a-file = { $kind ->
        [folder] c'est un dossier, pas un fichier
        [pipe] c'est un tube nommé, pas un fichier : il n'est pas lu, car sa lecture pourrait attendre indéfiniment
        [device] c'est un périphérique, pas un fichier : il n'est pas lu, car sa lecture pourrait ne jamais finir
       *[other] ce n'est pas un fichier ordinaire : il n'est pas lu
    }
    .help = un rapport est un fichier ordinaire ; s'il vient d'une archive, demandez le fichier lui-même à l'expéditeur
read-not-a-file = impossible de lire `{ $path }` : { $kind ->
        [folder] c'est un dossier, pas un fichier
        [pipe] c'est un tube nommé, pas un fichier
        [device] c'est un périphérique, pas un fichier
       *[other] ce n'est pas un fichier ordinaire
    }
read-too-large = impossible de lire `{ $path }` : il contient au moins { $bytes } octets, plus que les { $limit } permis
encoding-binary = c'est un fichier binaire, pas un rapport Markdown
not-a-report-format = un fichier `.{ $extension }` n'est pas un rapport que cet outil lit ; enregistrez la soumission en document Word (.docx) ou en Markdown (.md)
word-not-docx = ce n'est pas un document Word (.docx) ; ouvrez-le dans votre traitement de texte et enregistrez-le en .docx
word-encrypted = ce document Word est protégé par un mot de passe ou est un ancien fichier .doc ; retirez la protection ou enregistrez-le en .docx
word-broken = ce document Word ne peut pas être lu : { $reason }
    .help = les rapports sont des fichiers texte enregistrés en UTF-8 (.md)
encoding-empty = le fichier est vide
    .help = commencez un rapport avec `parallel-review new`
encoding-utf8 = le fichier n'est pas du texte UTF-8 valide
    .help = enregistrez-le de nouveau en UTF-8 (dans la plupart des éditeurs : « Enregistrer sous… », encodage UTF-8)
file-size = le fichier fait { $megabytes } Mo ; un rapport fait au plus { $limit } Mo
    .help = gardez les données et les annexes dans des fichiers séparés et faites-y un lien
file-size-marks = le rapport a plus de { $limit } lignes et marques Markdown ; la limite est dépassée ici
    .help = un long rapport en a environ 10 000 ; gardez les données et les annexes dans des fichiers séparés et liez-les
front-matter-missing = le rapport n'a pas d'en-tête de métadonnées
    .help = commencez le fichier par un bloc entre deux lignes `---` avec title, organization, stakeholder, country, language, objectives et date (`parallel-review new` en écrit un)
front-matter-unclosed = l'en-tête de métadonnées n'est pas fermé
    .help = ajoutez une ligne `---` après le dernier champ
front-matter-yaml = l'en-tête n'est pas du YAML valide : { $reason }
    .help = vérifiez les guillemets, les deux-points et l'indentation de cette ligne ; mettez entre guillemets un texte qui contient `:` ou `#`
front-matter-too-large = l'en-tête contient { $bytes } octets ; il peut en contenir au plus { $limit }
    .help = l'en-tête sert aux champs du rapport ; mettez les textes longs dans le corps, après le `---` de fermeture
front-matter-aliases = l'en-tête utilise plus de { $limit } alias YAML (`*nom`)
    .help = écrivez chaque valeur en entier ; si un texte commence par `*`, mettez-le entre guillemets
front-matter-not-mapping = l'en-tête est { $found ->
        [list] une liste
        [nothing] vide
       *[value] une valeur seule
    }, pas un ensemble de champs
    .help = écrivez un `champ: valeur` par ligne
missing-field = champ `{ $field }` absent : { $description }
    .help = ajoutez une ligne `{ $field }: …` à l'en-tête
unknown-field = champ inconnu `{ $field }`
    .help = la note d'orientation ne le définit pas ; supprimez-le ou vérifiez l'orthographe (`parallel-review guidance` liste les champs)
unknown-field-suggest = champ inconnu `{ $field }` ; vouliez-vous dire `{ $suggestion }` ?
    .help = renommez-le `{ $suggestion }`
invalid-text = `{ $field }` doit être un texte
    .help = écrivez-le sur la même ligne, entre guillemets s'il contient `:`
invalid-text-list = `{ $field }` doit être une liste de noms
    .help = écrivez-la ainsi : [« Premier », « Second »]
invalid-stakeholder = type de partie prenante inconnu `{ $value }`
    .help = utilisez l'un de : { $valid }
invalid-stakeholder-suggest = type de partie prenante inconnu `{ $value }` ; vouliez-vous dire `{ $suggestion }` ?
    .help = utilisez l'un de : { $valid }
invalid-country = `{ $value }` n'est pas un code pays ISO 3166-1 alpha-2
    .help = écrivez le code à deux lettres du pays en majuscules, par ex. MA, TN, DZ ; plusieurs s'écrivent en liste
invalid-country-suggest = `{ $value }` n'est pas un code pays ISO 3166-1 alpha-2 ; vouliez-vous dire `{ $suggestion }` ?
    .help = écrivez `{ $suggestion }`
invalid-language = langue inconnue `{ $value }`
    .help = utilisez ar, en ou fr
invalid-language-suggest = langue inconnue `{ $value }` ; vouliez-vous dire `{ $suggestion }` ?
    .help = utilisez ar, en ou fr
invalid-objectives-empty = `objectives` ne cite aucun objectif
    .help = indiquez les numéros des objectifs traités, par ex. [4, 15]
invalid-objective = `{ $value }` n'est pas un numéro d'objectif
    .help = indiquez des numéros de 1 à 23, par ex. [4, 15]
invalid-date = `{ $value }` n'est pas une date : écrivez AAAA-MM-JJ
invalid-date-day = `{ $value }` n'existe pas : ce mois compte { $days } jours
    .help = par exemple { $today }
invalid-email = `{ $value }` n'est pas une adresse électronique
invalid-logo-place = `{ $value }` n'est pas un fichier du dossier du rapport ; placez le logo à côté du rapport et écrivez son nom
invalid-logo-large = `{ $value }` dépasse { $limit } Mo ; enregistrez un logo plus léger
invalid-logo-kind = `{ $value }` n'est pas une image PNG ou JPEG ; enregistrez le logo en PNG ou en JPEG
    .help = écrivez une adresse comme nom@exemple.org
unknown-objective = il n'y a pas d'objectif { $number } : les objectifs sont numérotés de 1 à 23
    .help = vérifiez le numéro avec `parallel-review guidance --lang fr`
missing-objective-section = l'objectif { $number } est cité dans `objectives` mais n'a pas de section
    .help = ajoutez un titre « { $heading } » dans la section des objectifs, ou retirez { $number } de `objectives`
undeclared-objective = l'objectif { $number } a une section mais n'est pas cité dans `objectives`
    .help = ajoutez { $number } à `objectives` dans l'en-tête
duplicate-objective-section = l'objectif { $number } a déjà une section, à la ligne { $line }
    .help = fusionnez les deux sections
missing-section = section « { $section } » absente
    .help = ajoutez un titre « ## { $section } » (un titre dans n'importe quelle langue de la note d'orientation convient)
section-order = la section « { $section } » devrait venir avant « { $before } »
    .help = déplacez-la pour suivre l'ordre de la note d'orientation (`parallel-review guidance --lang fr` le donne)
empty-section = la section « { $section } » n'a pas de texte
    .help = rédigez-la, ou supprimez le titre si la section ne s'applique pas
word-limit-section = la section « { $section } » compte { $words } mots, { $over } de plus que sa limite de { $limit }
    .help = raccourcissez-la de { $over } mots
word-limit-report = le rapport compte { $words } mots, { $over } de plus que la limite de { $limit }
    .help = raccourcissez-le de { $over } mots ; renvoyez les détails en annexe
recommendations = la section « { $section } » n'a pas de liste de recommandations
    .help = écrivez chaque recommandation comme un élément de liste numéroté adressé à un acteur : « 1. Au ministère du Travail : … »
placeholder-prompt = { $count ->
        [one] une question du squelette reste
       *[other] { $count } questions du squelette restent
    } ici : supprimez-{ $count ->
        [one] la
       *[other] les
    } une fois traitée{ $count ->
        [one] {""}
       *[other] s
    }
    .help = ce sont les questions de la note d'orientation ; elles ne sont pas imprimées, mais un rapport prêt à soumettre n'en contient plus
placeholder-text = le texte provisoire du squelette est toujours là
    .help = remplacez-le par votre texte, ou supprimez la section si elle ne s'applique pas
placeholder-marker = marque `{ $marker }` restée dans le texte
    .help = terminez cette partie et supprimez la marque
raw-html = le HTML brut n'est pas rendu : écrivez-le en Markdown
    .help = utilisez Markdown pour l'emphase, les listes, les tableaux et les liens ; le HTML est supprimé au rendu
image-alt = l'image `{ $target }` n'a pas de texte de remplacement
    .help = décrivez l'image entre les crochets : ![Graphique des frais de recrutement, 2024-2026](…)
broken-link-missing = lien vers `{ $target }` : le fichier n'existe pas
    .help = vérifiez le nom du fichier, ou placez le fichier dans le dossier du rapport
broken-link-scheme = le lien vers `{ $target }` n'est pas conservé : seuls les adresses web (http, https), les courriels (mailto) et les fichiers du dossier du rapport sont liés
    .help = liez plutôt une page web, ou écrivez l'adresse en texte
broken-link-outside = le lien vers `{ $target }` sort du dossier du rapport
    .help = copiez le fichier dans le dossier du rapport et faites le lien là
more-findings = et { $count } autres constats de la règle { $rule } dans ce fichier, non affichés
    .help = corrigez ceux qui sont affichés et vérifiez de nouveau ; un fichier affiche au plus 100 constats d'une même règle

## Pages rendues

colon = {"\u00A0:"}
list-separator = {", "}
render-organization = Présenté par
render-partners = Avec
render-stakeholder = Partie prenante
render-country = Pays
render-date = Date
render-contact = Contact
render-language = Langue
render-objectives = Objectifs
render-objectives-covered = Objectifs traités
render-contents = Sommaire
render-notes = Notes
render-back-to-reference = Retour à l'appel de note { $number }
render-cover-kind = Rapport de suivi parallèle
render-logo-alt = Logo de { $organization }
render-report = Rapport
render-status = État
render-index-title = Rapports de suivi parallèles
render-index-summary = { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapports
    }{ $failed ->
        [0] {""}
        [one] , dont 1 n'a pas pu être rendu
       *[other] , dont { $failed } n'ont pas pu être rendus
    }
render-page = Page { $page } sur { $pages }
render-wrote = { $path } écrit
render-unreadable = impossible de rendre `{ $path }` : { $reason }
render-check-warning = attention : `{ $path }` a { $errors ->
        [0] 0 erreur
        [one] 1 erreur
       *[other] { $errors } erreurs
    } et { $warnings ->
        [0] 0 avertissement
        [one] 1 avertissement
       *[other] { $warnings } avertissements
    } ; il est rendu tel quel (lancez `parallel-review check { $path }` pour les voir)
render-no-arabic-font = attention : aucune police arabe n'est installée, les lettres arabes risquent de s'imprimer en carrés ; installez-en une (Debian/Ubuntu : `sudo apt-get install fonts-hosny-amiri` ou `fonts-noto-core`)
render-image-too-large = avertissement : l'image `{ $image }` dépasse { $limit } Mo ; elle est liée, pas intégrée
render-table-too-wide = avertissement : un tableau de { $columns } colonnes est montré sous sa forme source : une page montre des tableaux d'au plus { $limit } colonnes
render-images-over-cap = avertissement : l'image `{ $image }` est liée, pas intégrée : la page intègre déjà { $limit } Mo d'images
render-failed = échec : `{ $path }` : { $reason }
render-status-ok = rendu
render-status-errors = rendu, { $errors ->
        [one] 1 erreur
       *[other] { $errors } erreurs
    } au contrôle
render-status-failed = non rendu
render-batch-summary = { $rendered } rapports rendus sur { $reports } ; index : { $index }
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Couverture

cov-title = Couverture des rapports de suivi parallèles
cov-headline = { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapports
    } : { $complete } complet(s), { $incomplete } incomplet(s), { $unreadable } illisible(s)
cov-gaps = Objectifs qu'aucun rapport ne traite ({ $count } sur { $total }) :
cov-not-counted = Non comptés
cov-invalid-value = { $field } `{ $value }` : { $count }
cov-missing-value = { $field } absent : { $count }
cov-copy-of = copie identique de { $path }, non comptée
cov-failing = échoue à { $rules }
cov-col-errors = err.
cov-col-warnings = avert.
cov-col-file = Fichier
cov-rt-covered = traités : { $objectives }
cov-rt-missed = manquants : { $objectives }
cov-why = Pourquoi
cov-gaps-sheet = Lacunes
cov-counts = Décomptes
coverage-xlsx-needs-output = un classeur s'écrit dans un fichier
    .help = ajoutez -o coverage.xlsx
coverage-xlsx-failed = impossible d'écrire le classeur : { $reason }
cov-gaps-heading = Objectifs qu'aucun rapport ne traite
cov-no-gaps = Chaque objectif est traité par au moins un rapport.
cov-objectives = Objectifs
cov-objective = Objectif
cov-written = traité
cov-declared-only = cité seulement
cov-by-stakeholder = par type de partie prenante
cov-round-tables = Tables rondes du Forum d'examen des migrations internationales
cov-round-table-line = table ronde { $number } : { $covered } objectifs sur { $total } couverts, par { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapports
    }
cov-principles = Principes directeurs cités
cov-voices = Voix
cov-no-report-from = aucun rapport de
cov-countries = Pays
cov-languages = Langues
cov-reports = Rapports
cov-status = État
cov-status-complete = complet
cov-status-incomplete = incomplet
cov-status-unreadable = illisible
cov-sort = Ordre
cov-sort-file = par fichier
cov-sort-stakeholder = par type de partie prenante
cov-sort-country = par pays
cov-legend-written = traité
cov-legend-declared = cité, non traité
cov-legend-absent = absent
cov-total = Rapports qui le traitent
cov-matrix = Objectifs × rapports
cov-wrote = { $path } écrit

## Échecs des commandes

error-label = erreur
caused-by = cause
file-exists = `{ $path }` existe déjà ; il n'a pas été modifié
    .help = ajoutez --force pour le remplacer, ou choisissez un autre nom
folder-missing = impossible d'écrire `{ $path }` : le dossier `{ $folder }` n'existe pas
    .help = créez-le d'abord (`mkdir -p { $folder }`), ou écrivez le fichier ailleurs
write-failed = impossible d'écrire `{ $path }` : { $reason }
create-folder-failed = impossible de créer le dossier `{ $path }` : { $reason }
read-failed = impossible de lire `{ $path }` : { $reason }
path-missing = `{ $path }` n'existe pas
    .help = indiquez un fichier de rapport ou un dossier de rapports
new-missing = { $count ->
        [one] valeur manquante
       *[other] valeurs manquantes
    } : ajoutez { $flags }
    .help = lancez `parallel-review new --help` pour des exemples
new-ask-lang = Langue du rapport
new-ask-stakeholder = Type d'acteur : un numéro de la liste, ou son nom
new-ask-country = Pays : son code ISO (MA) ou son nom (Maroc, Morocco, المغرب) ; plusieurs séparés par des virgules
new-ask-organization = Nom de votre organisation
new-ask-objectives = Objectifs traités : numéros (6,22), intervalles (1-5), tables rondes (rt1 à rt4) ou all
new-ask-contact = Adresse électronique de contact (check --final la demande)
new-ask-default = Entrée : { $value }
new-ask-later = Entrée : à remplir plus tard
new-answer-needed = une réponse est nécessaire ici
new-answer-not-text = la réponse n'est pas un texte valide
new-try-again = tapez une autre réponse, ou Ctrl-D pour arrêter
new-no-such-language = `{ $value }` n'est pas une langue de la note d'orientation
    .help = répondez 1, 2 ou 3, ou ar, en ou fr
new-stakeholder-number = il n'y a pas de { $number } dans la liste
    .help = répondez par un numéro de 1 à { $count }, ou par un nom de la liste
new-stopped = arrêté avant la fin ; rien n'a été écrit
    .help = pour reprendre là où vous vous êtes arrêté : { $command }
new-date = --date `{ $value }` n'est pas une date
    .help = écrivez AAAA-MM-JJ, par ex. { $today }
new-wrote = { $path } écrit ({ $count ->
        [one] 1 objectif
       *[other] { $count } objectifs
    }, { $lang }) ; ensuite : remplissez-le, puis lancez `parallel-review check { $path }`
objectives-empty = --objectives : aucun objectif indiqué
    .help = écrivez des numéros (6,22), des intervalles (1-5), rt1 à rt4, ou all
objectives-not-a-number = --objectives : `{ $value }` n'est pas un objectif
    .help = écrivez des numéros (6,22), des intervalles (1-5), rt1 à rt4, ou all
objectives-out-of-range = --objectives : il n'y a pas d'objectif { $number }
    .help = les objectifs du Pacte sont numérotés de 1 à 23
objectives-round-table = --objectives : `{ $value }` n'est pas une table ronde
    .help = utilisez rt1, rt2, rt3 ou rt4
objectives-empty-range = --objectives : l'intervalle `{ $value }` est vide
    .help = écrivez d'abord le plus petit numéro
template-include-cycle = le modèle `{ $name }` est inutilisable : il s'inclut lui-même ({ $cycle })
    .help = retirez l'inclusion qui ferme le cercle ; `parallel-review templates export` écrit les modèles intégrés pour repartir d'eux
template-error = le modèle `{ $name }` est inutilisable : { $reason }
    .help = corrigez-le, ou retirez-le du dossier des modèles pour utiliser celui intégré
templates-folder-missing = le dossier de modèles `{ $path }` n'existe pas
    .help = `parallel-review templates export { $path }` le crée avec les modèles intégrés
templates-folder-empty = le dossier de modèles `{ $path }` ne contient aucun des modèles ({ $names })
    .help = `parallel-review templates export DIR` les écrit pour que vous les modifiiez
templates-wrote = { $path } écrit
templates-next = modifiez-les, puis ajoutez --templates { $path }
guidance-wrote = { $path } écrit ; modifiez-le, puis ajoutez --guidance { $path }
guidance-invalid = fichier de note d'orientation `{ $path }` invalide : { $detail }
guidance-invalid-line = fichier de note d'orientation `{ $path }` invalide à la ligne { $line } : { $detail }
guidance-invalid-line-column = fichier de note d'orientation `{ $path }` invalide à la ligne { $line }, colonne { $column } : { $detail }
guidance-not-utf8 = ce n'est pas du texte UTF-8 ; enregistrez-le en UTF-8
guidance-empty = il est vide ; partez de `parallel-review guidance export`
guidance-folder = c'est un dossier ; indiquez un fichier YAML
guidance-too-large = il fait { $bytes } octets ; une note d'orientation fait au plus { $limit } octets
guidance-unreadable = impossible de le lire : { $reason }
guidance-objective-range = le numéro d'objectif { $number } n'est pas entre 1 et 23
guidance-objective-twice = l'objectif { $number } figure deux fois
guidance-objective-missing = l'objectif { $number } manque : le Pacte compte 23 objectifs
guidance-round-table = l'objectif { $number } relève de la table ronde { $table }, absente de `round-tables`
guidance-twice = { $what } `{ $value }` figure deux fois
guidance-two-roles = deux sections ont le rôle `{ $role }`
guidance-objective-prompts = la section `{ $section }` a des `objective-prompts` sans `role: objectives`
guidance-yaml = { $reason }
rule-unknown = règle inconnue `{ $rule }`
    .help = `parallel-review rules` les liste
rule-unknown-suggest = règle inconnue `{ $rule }` ; vouliez-vous dire `{ $suggestion }` ?
    .help = `parallel-review rules` les liste
rules-severity = gravité : { $severity }
rules-final-error = une erreur avec --final
rules-fails = Échoue :
rules-passes = Passe :
check-none-found = aucun rapport Markdown (*.md) trouvé dans { $paths }
render-needs-out-dir = `{ $path }` est un dossier : ajoutez --out-dir DIR pour rendre tous ses rapports
render-format-unknown = impossible de déduire le format de `{ $path }`
    .help = nommez-le .html ou .pdf, ou ajoutez --to html|pdf
output-is-input = la sortie `{ $path }` est l'un des fichiers lus (`{ $input }`) : il n'est pas remplacé
    .help = écrivez la sortie ailleurs, hors du dossier des rapports ou sous un autre nom
render-same-file = la sortie `{ $path }` remplacerait le rapport lui-même
    .help = choisissez un autre -o
render-format-conflict = `--to { $format }` contredit le nom de sortie `{ $path }`
    .help = nommez la sortie .{ $format }, ou omettez --to et laissez le nom choisir
render-no-browser = aucun navigateur de la famille Chromium trouvé pour imprimer le PDF (recherchés : { $names })
    .help = installez-en un (Debian/Ubuntu : `sudo apt-get install chromium`), ou ajoutez --browser CHEMIN, ou définissez PARALLEL_REVIEW_BROWSER ; ou rendez en HTML (--to html) et imprimez depuis n'importe quel navigateur
render-bad-browser = `{ $path }` n'est pas un programme exécutable
    .help = ajoutez --browser avec le chemin de chromium ou google-chrome
render-browser-failed = `{ $browser }` n'a pas imprimé de PDF : { $reason }
render-browser-timeout = le navigateur n'a pas fini d'imprimer en { $seconds } secondes
coverage-wide = --wide ne s'applique qu'à --format csv
coverage-format-unknown = impossible de déduire le format de `{ $path }`
    .help = nommez-le .html, .csv, .json, .md ou .txt, ou ajoutez --format
unreadable-loop = impossible de lire ce dossier : un lien symbolique revient vers `{ $ancestor }`
    .help = supprimez le lien, ou vérifiez le dossier vers lequel il pointe
unreadable-outside = non lu : ce lien symbolique mène hors du dossier `{ $folder }`, vers `{ $target }`
    .help = un dossier de rapports n'est lu qu'à l'intérieur de lui-même ; copiez le rapport dans le dossier s'il y a sa place

## La note d'orientation, affichée

guidance-objectives = Objectifs ({ $count })
guidance-round-table-of = table ronde { $number }
guidance-principles = Principes directeurs, par. 15 ({ $count })
guidance-stakeholders = Types de parties prenantes ({ $count })
guidance-fields = Champs de l'en-tête
guidance-sections = Sections, dans l'ordre
guidance-max-words = { $words } mots au plus
guidance-also = aussi
guidance-working-translation = traduction de travail, non officielle
guidance-network-label = libellé du Réseau des Nations Unies, pas le texte du Pacte
presence-required = obligatoire
presence-recommended = recommandé
presence-optional = facultatif

import-wrote = { $path } écrit ; lancez `parallel-review check` dessus pour voir ce qui manque encore
import-not-docx = `{ $path }` n'est pas un document Word (.docx) ; ouvrez-le dans votre traitement de texte et enregistrez-le en .docx
import-encrypted = `{ $path }` est protégé par un mot de passe ou est un ancien fichier .doc ; retirez la protection ou enregistrez-le en .docx, puis importez-le à nouveau
import-broken = `{ $path }` ne peut pas être lu comme un document Word : { $reason }
import-dropped = laissés hors du rapport : { $deletions } suppressions suivies, { $comments } commentaires, { $boxes } zones de texte

## preview

preview-name = aperçu
preview-no-page = Le rapport ne peut pas être affiché
preview-no-findings = Aucune erreur ni aucun avertissement.
preview-line = ligne { $line }
preview-paragraph = paragraphe { $line }
preview-findings = Constats
preview-page-label = Le rapport tel qu'il est rendu
preview-hint = La page et les constats suivent chaque modification enregistrée du rapport et des fichiers qu'il utilise. Chaque constat renvoie à la section où il se trouve.
preview-listening = aperçu de { $path } à l'adresse { $url } ; la page suit chaque modification enregistrée ; Ctrl-C l'arrête
preview-stopped = aperçu arrêté
preview-port = impossible d'écouter sur 127.0.0.1, port { $port } : { $reason }
    .help = choisissez un autre port avec --port, ou omettez --port pour un port libre
preview-needs-file = `{ $path }` est un dossier ; l'aperçu montre un seul rapport
    .help = nommez l'un de ses rapports, par exemple `parallel-review preview { $path }/rapport.md`
preview-open-failed = impossible d'ouvrir un navigateur : { $reason }
    .help = ouvrez { $url } dans votre navigateur
preview-watch-failed = impossible de surveiller les modifications de `{ $path }` : { $reason }
    .help = la page montre le rapport tel qu'il était au départ ; relancez l'aperçu pour voir les modifications
preview-refused = Refusé : cet aperçu ne répond qu'à l'adresse 127.0.0.1 et ne sert que les fichiers du dossier du rapport.
preview-not-found = Introuvable dans le dossier du rapport.

## publish

site-title-default = Rapports de suivi parallèles du Pacte mondial sur les migrations
site-nav = Site
site-home = Accueil
site-find = Rechercher
site-find-intro = Chercher dans tous les rapports, par mot, objectif, pays, type d'acteur ou langue
site-objectives = Objectifs
site-countries = Pays
site-coverage = Couverture
site-compilation = Compilation par objectif (Markdown)
site-compilation-title = { $title } : ce que disent les rapports, objectif par objectif
site-reports = Rapports
site-unpublished = Non publiés
site-downloads = Téléchargements
site-all-reports = Tous les rapports
site-download-pdf = PDF
site-download-word = Word
site-download-source = Source (Markdown)
site-source = Source
site-search-label = Mots à chercher
site-search-button = Rechercher
site-filter-all = tous
site-filter-objective = Objectif
site-filter-country = Pays
site-filter-stakeholder = Type d'acteur
site-filter-language = Langue
site-filter-status = État
site-needs-script = La recherche a besoin de JavaScript ; les pages par objectif et par pays fonctionnent sans.
site-results = { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
site-no-results = Aucun résultat.
site-objective-count = { $count ->
        [one] 1 rapport le traite
       *[other] { $count } rapports le traitent
    }
site-objective-none = Aucun rapport ne traite cet objectif.
site-country-count = { $count ->
        [one] 1 rapport
       *[other] { $count } rapports
    }
site-round-table = Table ronde { $number }
site-counts = { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapports
    } de { $countries ->
        [one] 1 pays
       *[other] { $countries } pays
    }, en { $languages ->
        [one] 1 langue
       *[other] { $languages } langues
    } ; { $unpublished } non publiés.
language-ar = Arabe
language-en = Anglais
language-fr = Français
publish-not-a-site = `{ $path }` contient des fichiers que publish n'a pas créés
    .help = choisissez un dossier nouveau ou vide pour le site ; publish ne mélange jamais un site à d'autres fichiers
publish-needs-folder = `{ $path }` est un fichier ; publish prend le dossier des rapports soumis
    .help = pour rendre un seul rapport, utilisez `parallel-review render { $path }`
publish-inside = le site `{ $path }` ne peut pas être dans le dossier des rapports, ni le contenir
    .help = choisissez un dossier à côté des rapports, par exemple `--out site`
publish-site-file = `{ $path }` ligne { $line } : { $reason }
    .help = site.yaml contient deux clés, chacune une ligne de texte : title et introduction
publish-broken-front-matter = son en-tête ne peut pas être lu ({ $reason })
publish-incomplete = { $errors ->
        [one] 1 erreur
       *[other] { $errors } erreurs
    } avec check --final
publish-skipped = non publié : { $path } : { $reason }
publish-done = { $reports ->
        [one] 1 rapport publié
       *[other] { $reports } rapports publiés
    } ({ $rendered } refaits, { $written } fichiers écrits) ; ouvrez { $home }
