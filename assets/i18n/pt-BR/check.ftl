# Checking this computer: what was found, how AV Switch knows, and what a
# check could not do.

## Kinds of programs and their states

kind-antivirus = Antivírus
kind-password-manager = Gerenciador de senhas
kind-vpn = VPN
kind-parental-control = Controle parental
kind-endpoint-agent = Agente de gerenciamento da empresa
check-leftover-certificate = Certificado raiz confiável da Kaspersky
check-leftover-extension = A extensão de navegador Kaspersky Protection
check-leftover-service = Serviços e drivers
check-leftover-registry = Configurações no Registro
check-leftover-folder = Pastas
check-leftover-registration = Um antivírus removido que o Windows ainda lista
state-on = Ativado
state-off = Desativado
state-snoozed = Em pausa
state-expired = Expirado
state-installed = Instalado
# "A, B and C": $first is already joined with list-separator.
list-and = { $first } e { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
# A system other than Windows, macOS and Linux.
os-other = este sistema

## The checks, as the person sees them

probe-all = Todas as verificações
probe-security-center = Central de Segurança do Windows
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Programas instalados
probe-kaspersky-update = Última atualização do Kaspersky
probe-kaspersky-settings = Configurações do Kaspersky
probe-running-programs = Programas em execução
probe-applications = Aplicativos
probe-background-services = Serviços em segundo plano
probe-xprotect = XProtect
probe-packages = Pacotes instalados
probe-program-folders = Pastas de programas
probe-services = Serviços
probe-clamav-database = Banco de dados do ClamAV
probe-kesl-state = Relatório do próprio Kaspersky Endpoint Security
probe-certificates = Certificados confiáveis
probe-browser-extensions = Extensões de navegador
probe-windows-services = Serviços e drivers
probe-leftover-settings = Configurações e pastas

## What a check saw

evidence-security-center = Informado como { $state }, definições de vírus { $definitions }, último relatório { $reported }, programa { $program }
evidence-registration-left-behind = A Central de Segurança ainda lista { $name }, mas nenhum dos programas, serviços ou entradas de desinstalação dele está neste computador
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = outro cadastro do mesmo produto na Central de Segurança é o que decide o estado dele
signature-words-up-to-date = atualizadas
signature-words-out-of-date = desatualizadas
signature-words-missing = ausentes
signature-words-unknown = não informadas
value-not-known = (desconhecido)
evidence-defender = { $source ->
        [registry] Pelas configurações dele no Registro:
       *[report] Pelo relatório dele mesmo:
    } antivírus ativado: { $antivirus ->
        [yes] sim
        [no] não
       *[unknown] desconhecido
    }; proteção em tempo real ativada: { $realtime ->
        [yes] sim
        [no] não
       *[unknown] desconhecido
    }; modo: { $mode }; definições de vírus { $version }, atualizadas em { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = normal
defender-mode-passive = passivo
defender-mode-sxs-passive = passivo (lado a lado)
defender-mode-edr-block = bloqueio EDR
defender-mode-not-running = não está em execução
evidence-installed-program = Listado nos programas instalados como “{ $name }”
evidence-installed-program-by = Listado nos programas instalados como “{ $name }”, de { $publisher }
evidence-kaspersky-update = Última atualização bem-sucedida registrada: { $at }
evidence-kaspersky-never-updated = As configurações do Kaspersky dizem que ele nunca concluiu uma atualização das definições de vírus
evidence-kaspersky-password = A proteção por senha dele está ativada ({ $value } em { $key }): para desinstalá-lo, essa senha é pedida
evidence-defender-policy = Uma configuração de política que o desativa está definida ({ $values } em { $key })
evidence-running = { $program } está em execução
evidence-package = Pacote { $name } { $version } ({ $manager })
evidence-folder = { $path } existe
evidence-service = { $unit } { $running ->
        [yes] está em execução
       *[no] não está em execução
    }
evidence-clamav-missing = Nenhuma definição de vírus encontrada em { $folder }
evidence-clamav = { $path }: versão { $version }, { $count } assinaturas, criado em { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } o inicia quando o Mac é ligado
evidence-xprotect = XProtect versão { $version } ({ $path })
evidence-kesl = Bancos de dados de vírus publicados em { $released }; carregados: { $loaded ->
        [yes] sim
        [no] não
       *[unknown] não informado
    }
evidence-launch-agent = { $path } o inicia quando alguém inicia uma sessão
evidence-leftover-extension = Kaspersky Protection no { $browser }, perfil “{ $profile }”: { $path }
evidence-leftover-certificate = { $subject }, no repositório { $store }, impressão digital { $thumbprint }, válido até { $until }
evidence-leftover-keychain = { $name }, em { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = O Firefox está configurado para confiar nos certificados em que o Windows ou o macOS confia, incluindo o da Kaspersky ({ $path })
evidence-leftover-service = { $driver ->
        [yes] O driver
       *[no] O serviço
    } { $name }{ $named ->
        [yes] {" "}(“{ $shown }”)
       *[no] {""}
    } inicia { $file } { $gone ->
        [yes] (esse arquivo não existe mais: é um órfão)
       *[no] (esse arquivo ainda está lá)
    }
evidence-leftover-key = Chave do Registro { $key }

## Why a check could not run

failure-stopped-unexpectedly = Esta verificação parou inesperadamente.
failure-unsupported-system = O AV Switch ainda não consegue verificar este sistema; só há suporte para Windows, macOS e Linux.
failure-no-security-center = A Central de Segurança do Windows não está disponível neste computador: algumas edições do Windows, como o Windows Server, não a têm. As outras verificações foram feitas mesmo assim.
failure-unavailable = Não está disponível neste computador, então isto não pôde ser verificado. As outras verificações foram feitas mesmo assim.
failure-denied = O AV Switch não teve permissão para olhar, então isto não pôde ser verificado. As outras verificações foram feitas mesmo assim.
failure-no-answer = O Windows não respondeu, então isto não pôde ser verificado. As outras verificações foram feitas mesmo assim.
failure-running-programs-silent = O Windows não listou nenhum programa em execução, então eles não puderam ser verificados. As outras verificações foram feitas mesmo assim.
failure-skipped = { $count ->
    [one] Uma entrada da lista do Windows não pôde ser lida, então ela não aparece aqui. O resto da lista foi verificado, e as outras verificações também foram feitas.
   *[other] { $count } entradas da lista do Windows não puderam ser lidas, então elas não aparecem aqui. O resto da lista foi verificado, e as outras verificações também foram feitas.
}
failure-unreadable = Não foi possível ler { $path }: { $detail }
failure-damaged = { $path } está danificado: { $detail }
failure-kesl-permission = O kesl-control não informou o estado do Kaspersky Endpoint Security (“{ $detail }”). Para lê-lo, são necessários direitos de administrador (sudo) ou participação no grupo keslaudit; as outras verificações foram feitas mesmo assim.
failure-scan-crashed = A verificação parou inesperadamente. Nada neste computador foi alterado; tente Verificar de novo.
recording-unreadable = Não foi possível ler ou gravar { $path }: { $detail }
recording-damaged = { $path } não é uma gravação que o AV Switch consiga ler: { $detail }
recording-none-here = { $path } não contém nenhum computador gravado: uma gravação é uma pasta criada por avswitch check --record, com um arquivo index.json dentro.
recording-folder-not-empty = { $path } já tem arquivos. Escolha uma pasta nova ou vazia para a gravação.
command-not-found = { $program } não está neste computador.
command-timed-out = { $program } não respondeu em { $seconds } segundos.
command-failed = Não foi possível iniciar { $program }: { $reason }
parse-security-center-json = A resposta da Central de Segurança não é um JSON válido ({ $detail }).
parse-security-center-not-list = A resposta da Central de Segurança não é uma lista de produtos.
parse-security-center-no-name = Um produto da Central de Segurança não tem nome.
parse-security-center-no-state = { $name } não tem um productState válido.
parse-clamav-missing = o cabeçalho do banco de dados do ClamAV está faltando
parse-clamav-no-build-time = o cabeçalho do banco de dados do ClamAV não tem data de criação
parse-clamav-bad-build-time = o cabeçalho do banco de dados do ClamAV tem uma data de criação ilegível
parse-clamav-no-version = o cabeçalho do banco de dados do ClamAV não tem versão
parse-clamav-no-count = o cabeçalho do banco de dados do ClamAV não tem a contagem de assinaturas
parse-plist-unreadable = o Info.plist do aplicativo está ilegível ({ $detail })
parse-plist-not-dictionary = o Info.plist do aplicativo não é um dicionário
parse-certificates-json = a lista de certificados não é um JSON válido ({ $detail })
parse-certificates-not-list = a lista de certificados não é uma lista
parse-extensions-json = a lista de complementos do navegador não é um JSON válido ({ $detail })

## The result in plain words

summary-kaspersky-running = { $name } está instalado e em execução neste computador.
summary-kaspersky-running-stale-since = { $name } está em execução, mas as definições de vírus dele foram atualizadas pela última vez { $when }, então ele não consegue proteger contra ameaças novas.
summary-kaspersky-running-stale = { $name } está em execução, mas as definições de vírus dele estão desatualizadas, então ele não consegue proteger contra ameaças novas.
summary-kaspersky-running-never = { $name } está em execução, mas nunca concluiu uma atualização das definições de vírus, então não consegue proteger contra ameaças novas.
summary-kaspersky-running-next = A Kaspersky não pode enviar atualizações para pessoas nos Estados Unidos. A lista de tarefas ajuda você a escolher um substituto e a trocar numa ordem segura, sem deixar este computador desprotegido.
summary-kaspersky-running-current-next = A Kaspersky não pode fornecer atualizações para pessoas nos Estados Unidos, então as atualizações que o programa ainda recebe podem parar a qualquer momento. A lista de tarefas ajuda você a escolher um substituto e a trocar numa ordem segura.
summary-kaspersky-running-unknown-next = Se você está nos Estados Unidos, ou é cidadão ou residente permanente dos EUA, a Kaspersky não pode fornecer as suas atualizações; nos demais casos, a Kaspersky diz que seus produtos continuam recebendo atualizações. O caso que se aplica a você define o seu plano.
summary-kaspersky-running-not-covered-next = A proibição dos EUA não abrange você, e a Kaspersky diz que seus produtos continuam recebendo atualizações fora dos Estados Unidos. Trocar é uma escolha sua; a lista de tarefas mostra como, se você decidir trocar.
summary-kaspersky-update-next = Abra { $name } e atualize-o. Se ele não atualizar mais, escolha outro antivírus: a etapa Escolher ajuda.
summary-definitions-recent = As definições de vírus dele foram atualizadas pela última vez { $when }.
summary-kaspersky-not-running = { $name } está instalado neste computador, mas não está em execução.
summary-kaspersky-present = { $name } está neste computador.
summary-kaspersky-several = Estes programas da Kaspersky estão neste computador: { $names }.
summary-nothing-protects = Nada está protegendo este computador agora.
summary-kaspersky-unprotected-next = A lista de tarefas guia você numa ordem segura: remova o Kaspersky, reinicie, depois ative a proteção que você escolher e atualize-a.
summary-kaspersky-unprotected-not-covered-next = Ative { $name } de novo e atualize-o, ou escolha outro antivírus: a lista de tarefas mostra como.
summary-replacement = { $name } está neste computador. Ele foi instalado no lugar do Kaspersky para muitos clientes dos EUA em setembro de 2024, sem que lhes fosse feita uma pergunta à parte.
summary-replacement-next = Você pode mantê-lo ou trocar por outro: a etapa Escolher explica as duas opções. Se você removê-lo, use o desinstalador dele mesmo.
summary-protected = Nenhum programa da Kaspersky foi encontrado. { $name } está protegendo este computador.
summary-protected-next = O que a proibição significa para os seus outros dispositivos está em Prazos; a lista de tarefas cuida do resto.
summary-idle = Nenhum programa da Kaspersky foi encontrado. { $name } está instalado, mas parece não estar protegendo este computador agora.
summary-idle-next-linux = Se você conta com { $name }, confirme que ele está em execução e que mantém as definições de vírus atualizadas. A etapa Escolher tem mais informações.
summary-idle-next = Ative { $name } ou { $turn_on }
summary-none-linux = Nenhum programa da Kaspersky e nenhum antivírus foram encontrados neste computador.
summary-none-linux-next = Muitos computadores domésticos com Linux funcionam sem antivírus. Se você quiser um, o ClamAV é gratuito; a etapa Escolher tem mais informações.
summary-none = Nenhum antivírus ativo foi encontrado neste computador.
summary-no-definitions = { $name } ainda não tem definições de vírus, então não consegue reconhecer ameaças.
summary-incomplete = Algumas verificações não puderam ser feitas, então este resultado pode estar incompleto. Os detalhes estão abaixo.
summary-definitions-old = As definições de vírus dele estão desatualizadas: a última atualização foi { $when }.
summary-definitions-out-of-date = As definições de vírus dele estão desatualizadas.
summary-definitions-missing = Ele não tem definições de vírus.
summary-turn-on-defender = Abra a Segurança do Windows e ative o Microsoft Defender Antivirus: ele já vem no Windows e é gratuito.
summary-update-macos = Mantenha o macOS atualizado: a proteção integrada dele, o XProtect, é atualizada junto.
summary-install-antivirus = Instale um antivírus de sua confiança; a etapa Escolher ajuda.

## This computer's Kaspersky updates, beside the ban's dates

machine-kaspersky-updated = Neste computador, { $name } atualizou as definições de vírus pela última vez { $when }.
machine-kaspersky-may-stop = A Kaspersky não pode fornecer atualizações para pessoas nos Estados Unidos, então essas atualizações podem parar a qualquer momento.
machine-kaspersky-may-stop-unknown = Se a proibição dos EUA abrange você, essas atualizações podem parar a qualquer momento.
machine-kaspersky-out-of-date = Elas estão desatualizadas.
signature-words-never-updated = nunca atualizadas
evidence-uninstaller = { $path }: o desinstalador dele
summary-kaspersky-expired = { $name } está neste computador, mas a licença dele terminou: ele não protege mais este computador.
summary-stale = { $name } está ativado, mas as definições de vírus dele estão desatualizadas, então ele não consegue proteger contra ameaças novas.
summary-protects = { $name } está protegendo este computador.
summary-kaspersky-remove-next = A lista de tarefas mostra como remover os programas da Kaspersky com segurança.
summary-kaspersky-remove-not-covered-next = Se você não usa mais o Kaspersky, a lista de tarefas mostra como removê-lo.
summary-stale-since = { $name } está ativado, mas as definições de vírus dele foram atualizadas pela última vez { $when }, então ele não consegue proteger contra ameaças novas.
summary-not-protecting = { $name } está { $state }, então não está protegendo este computador.
summary-stale-next = Atualize as definições de vírus de { $name } (a lista de tarefas mostra como) ou escolha outro antivírus.
summary-unknown = O AV Switch não conseguiu saber se algum antivírus está protegendo este computador.
summary-unknown-detail = Não foi possível verificar se outro antivírus protege este computador: veja abaixo as verificações que não puderam ser feitas.
summary-unknown-next-windows = Abra a Segurança do Windows e veja Proteção contra vírus e ameaças: ali aparece qual antivírus está ativado. Depois, verifique de novo.
summary-unknown-next-mac = O macOS se protege com o XProtect, que vem com as atualizações do sistema: instale as atualizações pendentes em Ajustes do Sistema > Geral > Atualização de Software e depois verifique de novo.
summary-unknown-next-linux = Verifique de novo; se alguma parte ainda não puder ser verificada, o motivo aparece logo abaixo dela.
summary-idle-expired = Nenhum programa da Kaspersky foi encontrado. { $name } está instalado, mas a licença ou assinatura dele terminou.
summary-definitions-never = Ele nunca concluiu uma atualização das definições de vírus.
summary-definitions-unknown = A verificação não conseguiu saber quando as definições de vírus dele foram atualizadas pela última vez.
summary-kaspersky-password = { $name } está protegido por senha: para desinstalá-lo, essa senha é pedida. A lista de tarefas diz o que fazer se ninguém souber a senha.
summary-defender-policy = Uma configuração neste computador pode estar mantendo { $name } desativado: nesse caso, a Segurança do Windows diz que algumas configurações são gerenciadas pela sua organização. A lista de tarefas diz o que fazer.
summary-managed = { $name } é gerenciado por um empregador ou pelo departamento de TI do empregador: é uma edição feita para organizações, ou só um administrador pode removê-lo.
summary-managed-next = Antes de remover qualquer coisa, pergunte a quem gerencia este computador (seu empregador ou o departamento de TI dele): talvez eles mesmos estejam fazendo a substituição. A lista de tarefas explica a proibição e o que perguntar.
summary-left-behind = Sobraram partes de programas que não estão mais instalados (listadas em Restos que ficaram). A lista de tarefas mostra como limpá-las.
evidence-xprotect-old-copy = XProtect versão { $version } da cópia antiga ({ $path }): desde o macOS 15.2, essa cópia não é mais atualizada, então o XProtect em uso pode ser mais novo
recording-detail-version = ela é “{ $format }” versão { $version }, e este AV Switch lê “{ $expected }” nas versões 1 a { $latest }
recording-detail-outside = “{ $name }” está fora da pasta da gravação
recording-detail-either = “{ $entry }” precisa de exatamente um entre { $one } e { $other }
recording-detail-command-error = “{ $kind }” não é um erro de comando que o AV Switch conheça
