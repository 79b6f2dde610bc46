# The window: steps, buttons, questions and messages.

## The wizard

step-welcome = Boas-vindas
    .title = Boas-vindas ao AV Switch
step-check = Verificar
    .title = Verifique este computador
step-deadlines = Prazos
    .title = Os prazos e a situação hoje
step-choose = Escolher
    .title = Escolha um substituto
step-checklist = Tarefas
    .title = Sua lista de tarefas
step-export = Exportar
    .title = Salve, imprima ou compartilhe seu plano
wizard-step-count = Etapa { $number } de { $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Etapa { $number } de { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Etapas: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = Etapas
region-actions = Voltar e avançar
region-notice = Mensagem
region-page-scroll = Rolar a página: { $page }
region-notice-scroll = Rolar a mensagem
# What a screen reader says for a step in the row at the top.
wizard-step-label = Etapa { $number }: { $name }, { $state ->
        [current] etapa atual
        [visited] já visitada
       *[unvisited] ainda não visitada
    }
wizard-step-here = Você está aqui
wizard-step-go-back = Voltar para esta etapa
wizard-step-later = Chegue a esta etapa com Avançar
wizard-back = Voltar
wizard-next = Avançar
wizard-next-hint = Ir para { $step }
wizard-dismiss = Fechar
start-over-title = Começar de novo?
start-over-body = Isto apaga suas respostas, sua escolha e todas as marcações, e volta ao início. Não é possível desfazer.
start-over-confirm = Sim, começar de novo
start-over-cancel = Manter meu progresso

## Display and language menus

display-menu = Exibição
display-colours = Cores
display-follow-system = Seguir o sistema
display-light = Claro
display-dark = Escuro
display-text-size = Tamanho do texto: { $percent }%
display-text-size-largest = Tamanho do texto: { $percent }%, o maior
display-text-size-smallest = Tamanho do texto: { $percent }%, o menor
display-smaller = Texto menor
display-normal = Tamanho normal
display-larger = Texto maior
display-shortcuts = Ctrl + e Ctrl - também funcionam.
# What a screen reader says for the language menu.
language-menu = Idioma: { $language }
language-follow-system = Seguir o sistema ({ $language })

## Messages

notice-no-store = Seu progresso não será salvo: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = Nenhuma fonte para letras chinesas foi encontrada neste computador, então o AV Switch não pode ser mostrado em chinês. Para lê-lo em chinês, instale uma (no Debian ou Ubuntu: sudo apt install fonts-noto-cjk) e depois abra o AV Switch de novo.

    { $chinese }
notice-replaying = Esta janela mostra o computador gravado em { $folder }: o plano dela vem apenas dessa gravação, e o seu próprio progresso salvo não é lido nem alterado.
notice-save-failed = { $error } O AV Switch continua funcionando; suas escolhas ficam guardadas até você fechá-lo.
notice-open-missing = Não foi possível abrir { $target }: não está mais lá.
notice-open-no-program = Não foi possível abrir { $target }: nenhum programa para abri-lo foi encontrado neste computador. Ele continua lá: você pode abri-lo por conta própria pelos seus arquivos.
notice-open-link-failed = Não foi possível abrir a página da web: nenhum navegador foi encontrado. Você pode copiar o endereço dela para um navegador por conta própria: { $address }
notice-open-page-failed = Não foi possível abrir { $page }: { $reason }
notice-page-windows-only = é uma página do Windows, e este computador não usa Windows.
notice-page-mac-only = é uma página do macOS, e este computador não usa macOS.
notice-page-no-program-windows = o sistema não a abriu. Você pode abri-la pelo menu Iniciar: digite o nome dela.
notice-page-no-program-mac = o sistema não a abriu. Você pode abri-la pelos Ajustes do Sistema.
page-installed-apps = Aplicativos instalados
page-windows-security = Segurança do Windows
page-software-update = Atualização de Software
notice-copy-address = Copiar endereço
notice-details = Detalhes
store-no-data-dir = nenhuma pasta para os seus dados foi encontrada neste computador
store-folder-read-only = Não é possível salvar seu progresso em { $folder } (a pasta é somente leitura).
store-write-failed = Não é possível salvar seu progresso em { $folder }.
store-saving-off = Seu progresso não está sendo salvo, para que o arquivo que não pôde ser lido não seja substituído.
store-unopenable = Não foi possível abrir o seu progresso salvo em { $path }. O AV Switch começou do zero e não vai alterar esse arquivo.
store-set-aside = { $problem } O AV Switch começou do zero e guardou o arquivo antigo em { $aside }.
store-set-aside-failed = { $problem } Não foi possível mover o arquivo para outro lugar, então o AV Switch começou do zero e não vai salvar seu progresso, deixando esse arquivo como está: { $path }.
store-left-as-is = { $problem } Ele foi deixado como está, em { $path }, e esta exportação começa sem nada salvo.
store-problem-damaged = Não foi possível ler o seu progresso salvo: o arquivo está danificado.
store-problem-no-version = Não foi possível ler o seu progresso salvo: o arquivo não foi criado pelo AV Switch.
store-left-out = { $count ->
        [one] Um valor salvo (uma marcação ou uma resposta) não pôde ser lido e foi deixado de fora; todo o resto foi mantido.
       *[other] { $count } valores salvos (marcações ou respostas) não puderam ser lidos e foram deixados de fora; todo o resto foi mantido.
    }
store-left-out-kept = { $count ->
        [one] Um valor salvo (uma marcação ou uma resposta) não pôde ser lido e foi deixado de fora; todo o resto foi mantido. Talvez você queira marcar ou responder de novo.
       *[other] { $count } valores salvos (marcações ou respostas) não puderam ser lidos e foram deixados de fora; todo o resto foi mantido. Talvez você queira marcar ou responder de novo.
    } O arquivo como estava foi guardado em { $kept }.
store-newer-kept = Seu progresso salvo em { $newer } foi criado por uma versão mais nova do AV Switch. Ele foi deixado como está, para essa versão; esta versão guarda o próprio progresso em { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = Não foi possível abrir a janela do AV Switch.
cli-output-failed = não foi possível gravar a saída: { $detail }
cli-recorded = o que a verificação leu foi salvo em { $path }. Revise antes de compartilhar: pode mostrar seu nome de usuário, suas pastas e os programas que você tem.
cli-about = Deixe o antivírus Kaspersky com calma e segurança.
cli-usage = Uso
cli-commands = Comandos
cli-options = Opções
cli-help = Mostra a ajuda
cli-version = Mostra a versão
cli-check = Verifica quais programas de segurança este computador tem e mostra um relatório. Saber se a proibição dos EUA abrange você depende de onde você mora e da sua cidadania: responda com --region e --us-person.
cli-check-json = Mostra um documento JSON em vez de texto.
cli-check-quiet = Não mostra nada: só o código de saída diz o que foi encontrado (veja a documentação).
cli-export = Exporta sua lista de tarefas, com o seu progresso salvo.
cli-export-format = O formato do arquivo: md, txt, html, json ou ics.
cli-export-out = Grava neste arquivo em vez da saída padrão (- também é a saída padrão).
cli-export-no-scan = Usa apenas o progresso salvo: não verifica este computador antes.
cli-region = Onde você usa este computador na maior parte do tempo: us, elsewhere ou unknown (padrão: a resposta salva na janela, senão unknown).
cli-us-person = Se você é cidadão ou residente permanente dos EUA: yes ou no (importa quando a região é elsewhere).
cli-bad-lang = “{ $code }” não é um destes: { $known }
cli-check-record = Também salva nesta nova pasta o que a verificação leu, para examinar ou compartilhar (veja docs/command-line.md).
cli-replay = Verifica o computador gravado nesta pasta em vez deste.

## Welcome

welcome-lead = Desde a proibição dos EUA, a Kaspersky não pode mais enviar atualizações para pessoas nos Estados Unidos. O AV Switch ajuda você a verificar este computador, entender os prazos e substituir o Kaspersky com segurança, um passo de cada vez.
welcome-lead-unknown = Em 2024, os Estados Unidos proibiram o antivírus Kaspersky para pessoas nos EUA e para cidadãos e residentes permanentes dos EUA no exterior: a partir de { $updates_day }, a Kaspersky não pode mais atualizá-lo para essas pessoas. O AV Switch ajuda você a verificar este computador, ver o que a proibição significa para você e substituir o Kaspersky com segurança, se quiser.
welcome-lead-not-covered = Pelas suas respostas, a proibição do Kaspersky pelos EUA não abrange você. O AV Switch ainda pode verificar este computador, explicar a proibição e ajudar você a trocar de antivírus com calma, se você escolher fazer isso.
welcome-privacy = Ele funciona inteiramente neste computador: nada é enviado a lugar nenhum, você não precisa de conta e nada muda no seu computador a não ser que você clique num botão que diga isso.
welcome-begin = Começar
welcome-begin-hint = Comece com uma verificação deste computador
sources-label = { $count ->
        [one] Fonte:
       *[other] Fontes:
    }

## Check

check-lead = O AV Switch examina as configurações de segurança e os programas instalados deste computador. Ele só lê: não altera nada.
check-start = Verificar este computador
check-again = Verificar de novo
check-running = Verificando este computador...
check-running-body = Isso costuma levar poucos segundos. Enquanto isso, você pode continuar lendo ou ir para outra etapa.
check-running-hint = Já há uma verificação em andamento
check-checked-at = Verificado às { $time } ({ $seconds ->
        [0] levou menos de um segundo
        [1] levou 1 segundo
       *[other] levou { $seconds } segundos
    })
check-found = O que foi encontrado
check-failures = Verificações que não puderam ser feitas
check-failures-body = O que as outras verificações encontraram está acima.
check-left-behind = Restos que ficaram
check-left-behind-body = Estas partes de um programa que não está mais aqui ainda foram encontradas. Elas não servem para mais nada; a lista de tarefas diz como remover cada uma.
check-left-behind-clean = Não foi encontrado nada do que o Kaspersky ou o UltraAV deixam para trás.
# "Anti-virus by Kaspersky"
check-kind-by = { $kind } da { $vendor }
check-with-version = { $text }, versão { $version }
check-status = Estado: { $state }.
check-definitions = Definições de vírus: { $words }.
check-how-known = Como o AV Switch sabe
check-questions = Algumas perguntas que a verificação não consegue responder
check-question-region = Onde você usa este computador na maior parte do tempo?
check-question-region-why = A proibição dos EUA vale pela cidadania e pela residência permanente, além do lugar, por isso o AV Switch pergunta. Sua resposta fica neste computador.
check-question-us-person = Você é cidadão dos EUA ou residente permanente dos EUA (portador de green card)?
check-region-suggested = A configuração de região deste computador é { $country }, o que sugere “{ $answer }”. Essa só será a sua resposta quando você a escolher.
check-region-confirm = Confirmar: { $answer }
region-us = Nos Estados Unidos
region-elsewhere = Em outro país
answer-prefer-not = Prefiro não dizer
check-question-devices = Quais dos seus outros dispositivos têm o Kaspersky?
check-question-apps = Quais aplicativos da Kaspersky você usa?
check-question-apps-hint = Já vêm marcados se a verificação os encontrou neste computador.
check-question-renewal = A sua assinatura do Kaspersky se renova sozinha e cobra você todo ano?
device-android = Um celular ou tablet Android
device-iphone = Um iPhone ou iPad
device-mac = Um Mac
device-windows-pc = Outro PC com Windows
answer-yes = Sim
answer-no = Não
answer-not-sure = Não tenho certeza

## Deadlines

deadlines-lead = A proibição veio em duas fases. Veja o que cada data significa para você e como as coisas estão hoje.
deadlines-meanings = O que cada data significa
deadlines-official-time = Horário oficial: { $time }
deadlines-local-time = No relógio deste computador: { $time }
deadlines-date = Data: { $date }
deadlines-topic-legal = Continuar usando o Kaspersky é contra a lei?
deadlines-topic-scope = O que a proibição abrange
deadlines-topic-advice = O que o governo dos EUA aconselha
deadlines-topic-after = O que aconteceu depois da proibição
deadlines-sources = Fontes
deadlines-sources-body = Tudo o que o AV Switch afirma sobre a proibição vem de uma destas fontes. Os links abrem no seu navegador.
timeline-today = Hoje, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] já passou
       *[future] ainda por vir
    })
timeline-label = Linha do tempo: { $parts }

## Choose

choose-lead = Qualquer antivírus conhecido que seja mantido atualizado protege muito melhor do que um que não recebe mais atualizações. Aqui estão as suas opções; o AV Switch não recomenda nenhuma marca e não ganha nada com a sua escolha.
choose-question = O que vai proteger este computador daqui para a frente?
choose-built-in = Já está no seu computador
choose-built-in-packages = Gratuito, dos pacotes do seu sistema
choose-built-in-windows = Usar { $name } (integrado ao Windows, gratuito)
    .explained = Nada para comprar nem baixar: ele se ativa sozinho quando nenhum outro antivírus está ativo, e o Windows Update o mantém atualizado.
    .explained-stale = Nada para comprar nem baixar. Neste computador, as definições de vírus dele estão desatualizadas: a lista de tarefas mostra como atualizá-las.
choose-built-in-mac = Usar { $name } (integrado ao macOS, gratuito)
    .explained = Nada para comprar nem baixar: ele faz parte do macOS e é atualizado junto com ele. Muitos donos de Mac não usam mais nada.
choose-built-in-linux = Usar { $name } (gratuito, dos pacotes do seu sistema)
    .explained = Muitos computadores domésticos com Linux funcionam sem antivírus. O ClamAV é a escolha gratuita mais comum, se você quiser um.
choose-ultraav = UltraAV, que substituiu o Kaspersky
choose-ultraav-body = O UltraAV foi instalado em muitos computadores Windows nos EUA no lugar do Kaspersky, sem uma pergunta à parte antes, e as assinaturas do Kaspersky passaram para ele com a mesma cobrança. Algumas pessoas perceberam que ele só podia ser removido com o desinstalador dele mesmo.
choose-ultraav-keep-or-switch = Você pode mantê-lo, se estiver satisfeito com ele, ou trocar por algo que você mesmo escolha.
choose-keep-ultraav = Manter o UltraAV
choose-products = Outro produto
choose-products-body = Em ordem alfabética. Baixe qualquer um deles apenas do site do próprio fabricante.
choose-products-linux = A maioria dos antivírus domésticos comerciais é feita só para Windows e macOS. Estes também são feitos para Linux:
choose-other = Outro produto:
choose-other-hint = nome do produto
choose-other-name = O nome do outro produto
choose-other-kaspersky = { $name } é feito pela Kaspersky, então não substitui o Kaspersky: digite um produto de outro fabricante ou escolha um acima.
choose-guide = Como escolher
choose-guide-labs = Veja resultados de testes independentes
choose-guide-labs-body = Em vez de confiar na palavra de um vendedor, compare produtos nos testes regulares publicados por laboratórios independentes. Os resultados deles estão nos links abaixo.
choose-guide-devices = Conte os dispositivos que a proteção precisa cobrir
choose-guide-devices-none = Você não indicou nenhum outro dispositivo com o Kaspersky, então a proteção para este computador basta. Você pode adicionar dispositivos na etapa Verificar.
choose-guide-devices-some = Este computador, mais: { $devices }. Muitos produtos pagos cobrem vários dispositivos com uma só assinatura; a proteção integrada cobre apenas o próprio dispositivo.
choose-guide-companions = Substitua também os outros aplicativos da Kaspersky

choose-guide-one-at-a-time = Nunca use dois antivírus ao mesmo tempo
choose-guide-one-at-a-time-body = Dois programas que vigiam cada arquivo deixam o computador lento e podem bloquear um ao outro. Por isso, a lista de tarefas segue uma única ordem: baixe o que precisar enquanto a proteção antiga ainda funciona, remova a antiga, reinicie, depois instale ou ative a nova e atualize-a.

## Checklist

checklist-lead = Seus passos para trocar com segurança, em ordem, feitos a partir do que a verificação encontrou e do que você contou ao AV Switch. Marque os itens à medida que avança: não tem problema distribuí-los por alguns dias. Suas marcações ficam salvas.
progress-done = { $done } de { $total } concluídas
checklist-all-done = Tudo pronto.
checklist-all-done-body = Todos os itens da sua lista estão marcados. Se ainda não fez isso, verifique este computador mais uma vez para confirmar que ele está protegido.
checklist-how = Como fazer
checklist-start-over = Começar de novo
checklist-start-over-hint = Apaga todas as respostas e marcações (pergunta antes)
checklist-finish-by = Concluir até { $day } ({ $days ->
        [0] hoje
        [1] amanhã
       *[other] daqui a { $days } dias
    })
checklist-finish-by-past = Concluir até { $day } ({ $days ->
        [1] ontem
       *[other] há { $days } dias
    })
checklist-pick-day = Escolha um dia para concluir
checklist-in-days = { $days ->
        [7] Daqui a uma semana
        [14] Daqui a duas semanas
       *[other] Daqui a { $days } dias
    }
checklist-no-date = Sem data

## Export

export-lead = Deixe seu plano onde você vai vê-lo: imprima e deixe perto do computador, adicione um lembrete à sua agenda ou envie para alguém que ajuda você.
export-choose-format = Escolha um formato
format-markdown = Markdown
    .purpose = Para aplicativos de anotações e para compartilhar na internet; as marcações aparecem como caixas de seleção.
format-text = Texto simples
    .purpose = Abre em qualquer lugar, até no editor mais básico; também fica bom impresso.
format-html = Página da web para imprimir
    .purpose = O melhor para imprimir: letras grandes e caixas vazias para marcar à mão.
format-json = Dados JSON
    .purpose = Para outros programas, ou para alguém que ajuda você com as próprias ferramentas.
format-calendar = Lembrete na agenda
    .purpose = Adiciona um lembrete à sua agenda para o dia em que você quer concluir.
export-save = Salvar...
export-saving = Salvando...
export-save-hint = Escolha onde salvar o arquivo
export-copy = Copiar como texto
export-copy-hint = Coloca o plano na área de transferência, para colar num e-mail
export-print = Imprimir
export-print-hint = Abre a página para impressão no seu navegador
export-waiting = Aguardando você escolher um local na janela de salvar...
export-open = Abrir
export-show-in-folder = Mostrar na pasta
export-copied = Copiado como texto simples. Você pode colá-lo num e-mail ou num documento.
export-printing = A página para impressão foi aberta no seu navegador. Use o comando Imprimir dele (Ctrl+P, ou Cmd+P no Mac).
export-not-saved = Não salvo.
export-no-dialog = Nenhuma janela de salvar pôde ser exibida neste computador, então o AV Switch escolheu este local para o arquivo.
export-read-only = { $path } é somente leitura, então não foi substituído.
export-replace = Substituir mesmo assim
export-keep = Manter
export-not-a-file = { $path } é uma pasta ou um dispositivo, não um arquivo, então nada foi gravado ali. Escolha um nome de arquivo.
export-write-failed = Não foi possível gravar { $path }. Nada ali foi alterado. Tente outra pasta, como Documentos.
export-dialog-crashed = A janela de salvar parou inesperadamente. Nada foi salvo.
export-print-no-program = A página para impressão foi salva em { $path }, mas nenhum programa para abri-la foi encontrado. Abra-a no seu navegador para imprimir.
export-print-write-failed = Não foi possível gravar a página para impressão.
export-dialog-title = Salvar seu plano do AV Switch
checklist-copied = Copiado. Cole num terminal e execute lá.
checklist-just-confirmed = Verificado de novo: agora a verificação confirma { $items }.
uninstall-question-title = Iniciar o desinstalador?
uninstall-question-body = A verificação não viu nenhum outro antivírus ativado e atualizado, então este computador vai ficar sem antivírus ativo desde o momento em que o Kaspersky for removido até que uma nova proteção esteja ativada. A etapa Escolher ajuda você a escolhê-la antes.
uninstall-question-body-defender = A verificação não viu nenhum outro antivírus ativado e atualizado, então este computador vai ficar sem antivírus ativo até que o Microsoft Defender Antivirus esteja ativado. O Windows deveria ativá-lo sozinho quando o Kaspersky for removido; depois, a lista de tarefas confirma isso.
uninstall-question-body-chosen = A verificação não viu nenhum outro antivírus ativado e atualizado, então este computador vai ficar sem antivírus ativo desde o momento em que o Kaspersky for removido até que { $name } esteja ativado. Deixe o instalador dele pronto antes.
uninstall-question-confirm = Iniciar o desinstalador
uninstall-question-cancel = Agora não
notice-uninstaller-failed = Não foi possível iniciar o desinstalador. Abra Configurações > Aplicativos > Aplicativos instalados e desinstale o programa por lá.
choose-guide-companions-covered = Você usa { $apps }. A proibição dos EUA também abrange esses aplicativos, e a lista de tarefas inclui substituí-los. Alguns pacotes de segurança incluem um gerenciador de senhas ou uma VPN.
choose-guide-companions-unknown = Você usa { $apps }. Se a proibição dos EUA abrange você, ela também abrange esses aplicativos, e a lista de tarefas inclui substituí-los. Alguns pacotes de segurança incluem um gerenciador de senhas ou uma VPN.
choose-guide-companions-chosen = Você usa { $apps }. Se você deixar o Kaspersky, substitua-os também: quando você escolher um substituto, a lista de tarefas os inclui. Alguns pacotes de segurança incluem um gerenciador de senhas ou uma VPN.

## Printing privately, and writing off the window's thread

export-writing = Gravando o arquivo...
export-write-crashed = A gravação de { $path } parou inesperadamente, então ele não foi substituído.
notice-print-clean-failed = Não foi possível remover de { $folder } as páginas para impressão de uma sessão anterior. Elas contêm suas respostas: você mesmo pode apagá-las.

## Words once put together in code

# A source whose exact article address is not known; $name is its title or publisher.
source-named-not-linked = { $name } (artigo sem link)
# The number before a source in the Deadlines step's list.
deadlines-source-number = { $number }.
# Below a source's title: who published it, and when.
deadlines-source-about = { $publisher }, { $date }
# Under Details, for a progress file from a newer AV Switch.
store-detail-format = formato de progresso { $found }; esta versão do AV Switch lê o formato { $read }

## What screen readers hear

# Said once when a file is saved; $path is where.
export-saved-at = Salvo como { $path }.
# What screen readers hear for "How AV Switch knows" on a card; $name is the card's product or what was left behind.
check-how-known-name = Como o AV Switch sabe: { $name }
# What screen readers hear for "How to do it" on a checklist card; $item is the card's title.
checklist-how-name = Como fazer: { $item }
# What screen readers hear for a card's button; $link is the button's words, $item the card's title.
checklist-link-name = { $link }: { $item }
# What a card's button opens, said instead of its address; $site is a web site's name, such as support.kaspersky.com.
checklist-link-web = Abre uma página de { $site } no seu navegador.
checklist-link-step = Abre essa etapa do AV Switch.
checklist-link-system = Abre essa página das configurações do seu computador. Nada muda até você mesmo mudar.

## The command line, in plain words

# $codes is the languages' codes, joined as a list: "en, id or es".
cli-lang = Idioma da janela, do relatório ou do arquivo: { $codes } (padrão: o escolhido na janela, senão o do sistema).
cli-window = Execute avswitch sozinho, sem comando, para abrir a janela.
# The parts of a command line as the help writes them: avswitch [OPTIONS] [COMMAND].
cli-placeholder-options = OPÇÕES
cli-placeholder-command = COMANDO
# What each option's value is called in the help: --format <FORMAT>.
cli-value-language = IDIOMA
cli-value-folder = PASTA
cli-value-format = FORMATO
cli-value-file = ARQUIVO
cli-value-region = REGIÃO
cli-value-answer = RESPOSTA
# A mistake on the command line. $command is "avswitch" or "avswitch check"; $argument what was typed.
cli-error-unknown-argument = “{ $argument }” não é uma opção de { $command }.
cli-error-did-you-mean = Você quis dizer { $suggestion }?
cli-error-unknown-command = “{ $command }” não é um comando. Os comandos são check e export; avswitch sozinho abre a janela.
cli-error-invalid-value = “{ $value }” não é um valor válido para { $argument }: use { $values }.
# $arguments names what is missing, $count how many.
cli-error-missing = É preciso informar { $arguments }.
cli-error-conflict = { $first } e { $second } não podem ser usados juntos.
cli-error-value-form = { $argument } não foi informado do jeito que deve ser escrito: veja a ajuda.
cli-error-other = Não foi possível entender a linha de comando.
# $help is the command that shows the help, such as "avswitch check --help".
cli-error-help = Para saber mais, execute: { $help }
# "A, B or C": $first is already joined with list-separator.
list-or = { $first } ou { $last }
cli-folder-missing = A pasta { $path } não existe.
cli-no-display = A janela do AV Switch precisa de uma área de trabalho, e nenhuma foi encontrada aqui. Num terminal, “avswitch check” verifica este computador e “avswitch export --format txt” grava sua lista de tarefas; “avswitch --help” explica mais.
cli-no-window = Esta compilação do AV Switch não tem janela: ela foi feita só para a linha de comando. Execute avswitch check ou avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY indica um computador gravado, então este não pode ser gravado ao mesmo tempo. Remova a variável AVSWITCH_REPLAY para gravar este computador.
checklist-link-file = Abre o item neste computador, como se você clicasse duas vezes nele.
checklist-uninstall-hint = Inicia o desinstalador deste programa, o mesmo que Aplicativos instalados inicia. O AV Switch não remove nada por conta própria.
checklist-copy-hint = Coloca o comando acima na área de transferência, para você colar num terminal. O AV Switch não o executa.
