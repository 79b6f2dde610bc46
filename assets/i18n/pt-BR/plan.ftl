# The checklist. Each item-* text is an item's title; .why says why it is on
# the list, .step-1, .step-2, ... are its steps in order, and .link labels the
# button that opens a page for it. Every text here may use:
#   $name     the replacement the person chose ("Bitdefender", "Microsoft Defender Antivirus")
#   $updates  why Kaspersky is being replaced, for this person (plan-updates-*)

plan-your-new-antivirus = seu novo antivírus
plan-updates-covered = A Kaspersky não pode enviar atualizações para pessoas nos Estados Unidos, então a proteção do programa fica cada vez mais para trás
plan-updates-covered-current = A Kaspersky não pode fornecer atualizações para pessoas nos Estados Unidos, então as atualizações que o programa ainda recebe podem parar a qualquer momento
plan-updates-unknown = Se a proibição dos EUA abrange você, as atualizações do Kaspersky já pararam ou podem parar a qualquer momento
plan-updates-chosen = Você decidiu deixar o Kaspersky

## Sections

section-start = Primeiro
section-before = Antes de remover qualquer coisa
section-before-switching = Antes de trocar
section-payments = Interrompa os pagamentos
section-subscription = Sua assinatura
section-remove = Remova o Kaspersky
section-left-behind = Limpe os restos que ficaram
section-protect = Ative a sua proteção e atualize-a
section-keep = Continue protegido
section-verify = Confirme que deu certo
section-device-android = Seu celular ou tablet Android
section-device-iphone = Seu iPhone ou iPad
section-device-mac = Seu Mac
section-device-windows-pc = Seu outro PC com Windows
section-companions = Os outros aplicativos da Kaspersky

## First

item-check-computer = Verifique este computador
    .why = O plano depende do que protege este computador agora. A verificação leva poucos segundos e não altera nada.
    .step-1 = Abra a etapa Verificar (o botão abaixo faz isso) e aguarde o resultado.
    .link = Abrir a etapa Verificar
item-check-computer-failed = Verifique este computador de novo
    .why = A última verificação não pôde ser feita, então o AV Switch não sabe o que protege este computador.
    .step-1 = Abra a etapa Verificar e clique em Verificar de novo.
    .step-2 = Se ainda assim ela não puder ser feita, os motivos aparecem lá.
    .link = Abrir a etapa Verificar
item-switching-optional = Trocar é uma escolha sua
    .why = Pelas suas respostas, a proibição dos EUA não abrange você, e a Kaspersky diz que seus produtos continuam recebendo atualizações fora dos Estados Unidos.
    .step-1 = Se você está satisfeito com o Kaspersky, mantenha-o atualizado e deixe de lado os itens sobre escolher e trocar.
    .step-2 = Se preferir trocar, escolha um substituto na etapa Escolher: esta lista passa a mostrar todos os passos.
item-choose-replacement = Escolha a proteção que você vai usar
    .why = Os passos seguintes dependem disso. A proteção que vem com o seu sistema é gratuita.
    .step-1 = Abra a etapa Escolher e selecione a proteção integrada ou outro produto.
    .step-2 = Os resultados de testes de laboratórios independentes ajudam você a comparar; a etapa Escolher tem os links.
    .link = Escolher um substituto

## Before removing anything

item-export-passwords = Exporte suas senhas do Kaspersky Password Manager
    .why = Os backups dele só abrem no Kaspersky Password Manager e a senha mestra não pode ser recuperada, então exporte antes de desinstalar qualquer coisa.
    .step-1 = Abra o Kaspersky Password Manager e desbloqueie-o com a sua senha mestra.
    .step-2 = Abra as configurações dele, encontre Importar/Exportar e exporte seus dados como arquivo de texto (.txt).
    .step-3 = Salve o arquivo num lugar onde você consiga encontrá-lo, por exemplo num pen drive, e guarde-o só para você: ele contém todas as senhas em texto simples.
item-note-subscription = Anote os dados da sua assinatura do Kaspersky
    .why = Você vai precisar deles para cancelar a renovação ou pedir um reembolso depois.
    .step-1 = Entre na sua conta em my.kaspersky.com ou procure o e-mail do pedido.
    .step-2 = Anote o endereço de e-mail da conta, o produto, a data de renovação e o preço.
item-download-replacement = Baixe { $name } no site do próprio fabricante
    .why = Com o instalador já pronto, este computador fica sem proteção só por alguns minutos.
    .step-1 = Digite você mesmo o endereço do fabricante, ou pesquise “{ $name }” e escolha o site do próprio fabricante, não um anúncio.
    .step-2 = Baixe o instalador, mas ainda não o execute: dois antivírus ao mesmo tempo podem entrar em conflito.
item-check-quarantine = Confira se há arquivos de que você precisa na quarentena do Kaspersky
    .why = Os arquivos em quarentena não podem mais ser acessados depois que o Kaspersky é removido.
    .step-1 = Abra o Kaspersky e encontre Quarentena (muitas vezes em Mais ferramentas ou Proteção).
    .step-2 = Se houver ali um arquivo que você conhece e em que confia, restaure-o só se tiver certeza de que é seguro; caso contrário, deixe-o lá.

## Stop the payments

item-cancel-renewal = Desative a renovação automática da sua assinatura do Kaspersky
    .why = Caso contrário, você pode ser cobrado de novo por um produto que está substituindo.
    .step-1 = Entre em my.kaspersky.com e abra Assinaturas.
    .step-2 = Desative a renovação automática ou cancele a assinatura.
    .step-3 = Se você comprou por uma loja ou outra empresa, cancele com essa loja ou empresa em vez disso.
    .step-4 = Se não conseguir entrar, seu banco ou o emissor do cartão pode interromper os pagamentos à Kaspersky.
    .link = Abrir my.kaspersky.com
item-stop-charges-us = Interrompa as cobranças da sua antiga assinatura do Kaspersky
    .why = Em setembro de 2024, as assinaturas do Kaspersky de clientes dos EUA passaram para o UltraAV com as mesmas datas de cobrança, então as cobranças podem vir agora do UltraAV, da loja onde você comprou ou ainda da Kaspersky.
    .step-1 = Confira os extratos do banco ou do cartão dos últimos 12 meses procurando UltraAV, Pango ou Kaspersky, e anote quem cobra você e quando.
    .step-2 = Para cobranças do UltraAV que você não quer, cancele a assinatura na sua conta do UltraAV ou com o suporte do UltraAV.
    .step-3 = Se você comprou por uma loja ou outra empresa, cancele com essa loja ou empresa.
    .step-4 = Para cobranças da Kaspersky, desative a renovação automática em my.kaspersky.com; se não conseguir entrar a partir dos Estados Unidos, seu banco ou o emissor do cartão pode interromper os pagamentos.
    .link = Abrir my.kaspersky.com
item-check-ultraav-billing-keep = Confira nos extratos do banco ou do cartão as cobranças do UltraAV
    .why = As assinaturas do Kaspersky passaram para o UltraAV com as mesmas datas de cobrança: saiba quanto você vai pagar e quando.
    .step-1 = Confira os extratos dos últimos 12 meses procurando UltraAV ou Pango.
    .step-2 = Anote a data de renovação e o preço, para que nenhuma cobrança pegue você de surpresa.
item-check-ultraav-billing-elsewhere = Confira o que o UltraAV cobra de você
    .why = O UltraAV está neste computador. Se ele veio com uma assinatura, saiba quanto ela custa e quando é renovada.
    .step-1 = Confira os extratos do banco ou do cartão dos últimos 12 meses procurando UltraAV ou Pango.
    .step-2 = Se você não quer o UltraAV, cancele a assinatura dele na sua conta do UltraAV ou com o suporte do UltraAV.

## Remove Kaspersky

item-uninstall-kaspersky-windows = Desinstale o Kaspersky deste computador
    .why = { $updates }.
    .step-1 = Abra Aplicativos instalados (Configurações > Aplicativos > Aplicativos instalados) e escolha Desinstalar ao lado de cada programa da Kaspersky, começando pelo antivírus.
    .step-2 = Siga os passos do desinstalador; quando ele perguntar se deve manter as informações da licença ou as configurações, você pode escolher não mantê-las.
    .step-3 = Se ele pedir uma senha do Kaspersky que você não sabe, use em vez disso o kavremover, a ferramenta de remoção da Kaspersky (o próximo item): ele não precisa do Modo de Segurança.
    .step-4 = Só se o kavremover não resolver: a redefinição de senha da Kaspersky só funciona no Modo de Segurança. No Modo de Segurança, o leitor de tela pode ficar mudo, então peça ajuda a alguém que enxergue para essa parte.
    .link = Abrir Aplicativos instalados
item-uninstall-kaspersky-windows-password = Desinstale o Kaspersky deste computador
    .why = { $updates }. A verificação viu que a proteção por senha do Kaspersky está ativada, então a desinstalação pede essa senha.
    .step-1 = Descubra a senha do Kaspersky antes de começar: quem configurou o Kaspersky neste computador foi quem a escolheu.
    .step-2 = Abra Aplicativos instalados (Configurações > Aplicativos > Aplicativos instalados), escolha Desinstalar ao lado de cada programa da Kaspersky, começando pelo antivírus, e digite a senha quando ela for pedida.
    .step-3 = Siga os passos do desinstalador; quando ele perguntar se deve manter as informações da licença ou as configurações, você pode escolher não mantê-las.
    .step-4 = Se ninguém souber a senha, use em vez disso o kavremover, a ferramenta de remoção da Kaspersky (o próximo item): ele não precisa do Modo de Segurança.
    .step-5 = Só se o kavremover não resolver: a redefinição de senha da Kaspersky só funciona no Modo de Segurança. No Modo de Segurança, o leitor de tela pode ficar mudo, então peça ajuda a alguém que enxergue para essa parte.
    .link = Abrir Aplicativos instalados
item-uninstall-kaspersky-mac = Desinstale o Kaspersky deste Mac
    .why = { $updates }.
    .step-1 = Abra a pasta do aplicativo Kaspersky em Aplicativos e execute o desinstalador dele (“Uninstall Kaspersky”).
    .step-2 = Siga os passos dele e digite a senha do Mac quando ela for pedida.
item-uninstall-kaspersky-linux = Remova o Kaspersky Endpoint Security deste computador
    .why = { $updates }.
    .step-1 = Se o seu empregador gerencia este computador, pergunte a ele primeiro: talvez ele remova o programa de forma centralizada.
    .step-2 = Caso contrário, remova os pacotes com o seu gerenciador de pacotes, por exemplo: sudo apt remove kesl kesl-gui (ou sudo dnf remove kesl).
item-restart = Reinicie o computador
    .why = A remoção só termina depois de reiniciar.
    .step-1 = Salve o que estiver fazendo e reinicie o computador.
item-kavremover = Só se a remoção normal tiver falhado: use a ferramenta de remoção da Kaspersky
    .why = O kavremover remove o Kaspersky quando a desinstalação normal não funciona.
    .step-1 = Baixe o kavremover no site de suporte da Kaspersky (o link abre a página).
    .step-2 = Execute-o, escolha o seu produto da Kaspersky na lista e clique em Remover.
    .step-3 = Reinicie o computador quando ele terminar.
    .link = Abrir a página do kavremover
item-remove-ultraav = Remova o UltraAV com o desinstalador dele mesmo
    .why = Para algumas pessoas, outras formas de remover o UltraAV fizeram com que ele voltasse.
    .step-1 = Inicie o desinstalador do próprio UltraAV com o botão abaixo, ou abra Aplicativos instalados, encontre o UltraAV e escolha Desinstalar.
    .step-2 = Faça o mesmo com o UltraVPN, se ele estiver lá e você não o usar.
    .link = Abrir Aplicativos instalados

## Turn on your new protection

item-keep-ultraav = Confira se o UltraAV está ativado e atualizado
    .why = Você escolheu manter o UltraAV; confirme que ele protege mesmo este computador.
    .step-1 = Abra o UltraAV e confira se a proteção está ativada e se as atualizações são recentes.
item-confirm-defender = Confira se o Microsoft Defender Antivirus está ativado
    .why = Ele já vem no Windows e é gratuito. O Windows deveria ativá-lo sozinho quando nenhum outro antivírus estiver ativo, mas pode não fazer isso, então confira.
    .step-1 = Abra a Segurança do Windows e escolha Proteção contra vírus e ameaças.
    .step-2 = Se aparecer que a proteção está desativada, clique em Ativar.
    .link = Abrir a Segurança do Windows
item-confirm-defender-policy = Confira se o Microsoft Defender Antivirus está ativado
    .why = Ele já vem no Windows e é gratuito. A verificação viu neste computador uma configuração que pode mantê-lo desativado: nesse caso, a Segurança do Windows diz que algumas configurações são gerenciadas pela sua organização, e o botão Ativar pode aparecer acinzentado.
    .step-1 = Abra a Segurança do Windows e escolha Proteção contra vírus e ameaças. Se aparecer que a proteção está desativada e for possível clicar em Ativar, clique.
    .step-2 = Se as configurações aparecerem como gerenciadas pela sua organização e ninguém gerenciar este computador para você, uma ferramenta de ajuste ou um antivírus antigo pode ter feito essa configuração: desfaça a alteração com a ferramenta que a fez.
    .step-3 = Se um empregador ou uma escola gerencia este computador, peça a eles que ativem o Microsoft Defender Antivirus.
    .step-4 = Depois, verifique este computador de novo: a verificação confirma quando o Microsoft Defender Antivirus estiver ativado.
    .link = Abrir a Segurança do Windows
item-update-defender = Atualize o Microsoft Defender Antivirus
    .why = Um antivírus só reconhece ameaças novas com definições de vírus atuais.
    .step-1 = Na Segurança do Windows, em Proteção contra vírus e ameaças, encontre Atualizações de proteção e clique em Verificar se há atualizações.
    .step-2 = Aguarde até aparecer que a proteção está atualizada.
    .link = Abrir a Segurança do Windows
item-macos-updates = Mantenha o macOS atualizado
    .why = O XProtect, a proteção integrada ao macOS, é mantido em dia pela Apple: com as atualizações do sistema e, no macOS 15 e posteriores, também em segundo plano pelo iCloud.
    .step-1 = Abra Ajustes do Sistema > Geral > Atualização de Software e ative as atualizações automáticas, incluindo as Respostas de Segurança e os arquivos do sistema.
    .link = Abrir Atualização de Software
item-install-clamav = Instale o ClamAV e as definições de vírus dele
    .why = O ClamAV é gratuito e vem dos pacotes do próprio sistema.
    .step-1 = Instale-o, por exemplo: sudo apt install clamav clamav-freshclam (ou sudo dnf install clamav clamav-update).
    .step-2 = Depois, atualize as definições dele: o próximo item mostra como.
item-install-replacement = Instale { $name } e ative-o
    .why = Só instale depois que o antivírus antigo for removido, para que dois antivírus nunca funcionem ao mesmo tempo.
    .step-1 = Execute o instalador que você baixou e siga os passos dele.
    .step-2 = Abra o programa e confira se a proteção dele está ativada.
item-install-replacement-linux = Instale { $name } e ative-o
    .why = Só instale depois que o antivírus antigo for removido, para que dois antivírus nunca funcionem ao mesmo tempo.
    .step-1 = Instale-o do jeito que o fabricante descreve para a sua distribuição Linux, geralmente um pacote do site dele ou do repositório de pacotes dele.
    .step-2 = Confira se a proteção dele está ativada.
item-get-protection = Instale ou ative o antivírus que você escolher
    .why = Só depois que o antivírus antigo for removido, para que dois antivírus nunca funcionem ao mesmo tempo.
    .step-1 = Proteção integrada: ative-a como a etapa Escolher descreve.
    .step-2 = Outro produto: instale-o pelo site do próprio fabricante e depois ative-o.
item-install-replacement-now = Instale { $name } e ative-o
    .why = A verificação não encontrou nenhum outro antivírus neste computador, então não há nada para remover antes.
    .step-1 = Baixe-o no site do próprio fabricante: digite você mesmo o endereço, ou pesquise “{ $name }” e escolha o site do próprio fabricante, não um anúncio.
    .step-2 = Execute o instalador, depois abra o programa e confira se a proteção dele está ativada.
item-install-replacement-linux-now = Instale { $name } e ative-o
    .why = A verificação não encontrou nenhum outro antivírus neste computador, então não há nada para remover antes.
    .step-1 = Instale-o do jeito que o fabricante descreve para a sua distribuição Linux, geralmente um pacote do site dele ou do repositório de pacotes dele.
    .step-2 = Confira se a proteção dele está ativada.
item-get-protection-now = Instale ou ative o antivírus que você escolher
    .why = A verificação não encontrou nenhum outro antivírus neste computador, então não há nada para remover antes.
    .step-1 = Proteção integrada: ative-a como a etapa Escolher descreve.
    .step-2 = Outro produto: instale-o pelo site do próprio fabricante e depois ative-o.
item-turn-on-protection = Confirme que { $name } está ativado
    .why = Ele já está neste computador, e só protege enquanto está em execução.
    .step-1 = Abra { $name } e confira se a proteção dele está ativada; ative-a se estiver desativada.
item-update-definitions = Atualize as definições de vírus de { $name }
    .why = Um antivírus só reconhece ameaças novas com definições de vírus atuais.
    .step-1 = Abra { $name } e inicie uma atualização (muitas vezes chamada Atualizar ou Verificar atualizações).
    .step-2 = Confira se ele informa que as definições estão atualizadas e se as atualizações automáticas estão ativadas.
item-update-clamav = Atualize as definições de vírus do ClamAV e mantenha-as em dia
    .why = O ClamAV só reconhece ameaças novas com definições atuais, e nada as atualiza se um serviço não as buscar.
    .step-1 = Debian ou Ubuntu: execute sudo freshclam uma vez e depois mantenha o serviço clamav-freshclam ativado para que ele busque novas definições todos os dias: sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora: instale o pacote clamav-update (sudo dnf install clamav-update) e depois execute sudo freshclam.
    .step-3 = Examine uma pasta quando quiser, por exemplo: clamscan -r ~/Downloads
item-keep-updating = Mantenha { $name } atualizado
    .why = A última verificação o encontrou ativado, com definições de vírus atuais. Ele só continua sendo uma boa proteção enquanto as atualizações continuarem chegando.
    .step-1 = De vez em quando, abra { $name } e confira se a última atualização é recente.
    .step-2 = Verifique este computador de novo no AV Switch de tempos em tempos.
item-keep-updating-defender = Mantenha o Microsoft Defender Antivirus atualizado
    .why = A última verificação o encontrou ativado, com definições de vírus atuais. Ele só continua sendo uma boa proteção enquanto as atualizações continuarem chegando.
    .step-1 = De vez em quando, abra a Segurança do Windows, escolha Proteção contra vírus e ameaças e, em Atualizações de proteção, confira se a última atualização é recente; Verificar se há atualizações busca as novas.
    .step-2 = Verifique este computador de novo no AV Switch de tempos em tempos.
    .link = Abrir a Segurança do Windows

## Make sure it worked

item-check-again = Verifique este computador de novo no AV Switch
    .why = A verificação confirma que há exatamente um antivírus ativo, que ele está atualizado e que não sobrou nenhum programa da Kaspersky.
    .step-1 = No AV Switch, vá até a etapa Verificar e clique em Verificar de novo. Depois de um desinstalador ou de uma página de configurações, o AV Switch também verifica de novo sozinho quando a janela dele volta para a frente.
    .link = Abrir a etapa Verificar

item-check-again-keeping = Verifique este computador de novo no AV Switch
    .why = A verificação confirma que há exatamente um antivírus ativo e que ele está atualizado.
    .step-1 = Quando a sua proteção estiver ativada e atualizada, vá até a etapa Verificar e clique em Verificar de novo.
    .link = Abrir a etapa Verificar

## Other devices

item-android-remove = Desinstale o Kaspersky do dispositivo Android
    .why = { $updates }. O Google Play não oferece mais os aplicativos da Kaspersky em lugar nenhum, então eles não podem ser atualizados nem reinstalados por lá.
    .step-1 = Abra Configurações > Apps, escolha cada aplicativo da Kaspersky e toque em Desinstalar.
    .step-2 = Se o Android recusar, abra antes Configurações > Segurança > Apps de administrador do dispositivo e desative o Kaspersky ali.
item-android-check = Veja como o Kaspersky do dispositivo Android recebe atualizações
    .why = O Google Play removeu os aplicativos da Kaspersky no mundo todo, então eles não podem mais ser atualizados nem reinstalados por lá. Fora dos EUA, a Kaspersky diz que os aplicativos já instalados continuam funcionando e atualizando seus bancos de dados, e indica outras lojas de aplicativos ou o site dela.
    .step-1 = Abra o aplicativo Kaspersky e veja quando ele foi atualizado pela última vez.
    .step-2 = Se ele não atualizar mais, desinstale-o em Configurações > Apps e confirme que o Google Play Protect está ativado (Play Store > sua foto do perfil > Play Protect).
item-android-protect = Escolha a proteção para o dispositivo Android
    .why = O Google Play Protect já vem no Android; um aplicativo de segurança do Google Play pode complementá-lo.
    .step-1 = Abra a Play Store, toque na sua foto do perfil, escolha Play Protect e confirme que a verificação de apps está ativada.
item-iphone-remove = Apague os aplicativos da Kaspersky do iPhone ou iPad
    .why = { $updates }.
    .step-1 = Toque e mantenha pressionado o ícone de cada aplicativo da Kaspersky, escolha Remover App e depois Apagar App.
    .step-2 = Cancele qualquer assinatura da Kaspersky em Ajustes > seu nome > Assinaturas.
item-mac-remove = Desinstale o Kaspersky do Mac
    .why = { $updates }.
    .step-1 = Abra a pasta Kaspersky em Aplicativos e execute “Uninstall Kaspersky”.
    .step-2 = Execute o AV Switch também no Mac para ter uma lista feita para ele.
item-pc-remove = Faça a troca também no outro PC
    .why = { $updates }. O mesmo vale para todos os computadores.
    .step-1 = Execute o AV Switch nesse PC: ele o verifica e faz uma lista para ele.

## Kaspersky's other apps

item-import-passwords = Importe suas senhas para o seu novo gerenciador de senhas
    .why = O Kaspersky Password Manager também é um produto da Kaspersky, e suas senhas devem estar seguras no novo gerenciador antes de remover qualquer coisa.
    .step-1 = Escolha um gerenciador de senhas; o gerenciador integrado ao seu navegador é uma opção gratuita.
    .step-2 = Encontre a página de importação dele: ela diz quais arquivos ele lê, e alguns leem diretamente o arquivo de texto do Kaspersky.
    .step-3 = Importe o arquivo e confira alguns logins.

## What removed programs left behind (one item per kind the check found)

item-leftover-certificate-windows = Remova o certificado da Kaspersky da lista de confiáveis
    .why = O Kaspersky adicionou seu próprio certificado raiz para poder olhar dentro das conexões seguras (HTTPS). Sem o Kaspersky, nada mantém esse certificado atualizado, e mesmo assim o Windows continua confiando nele.
    .step-1 = Pressione a tecla Windows, digite “Gerenciar certificados do computador” e abra o resultado. O Windows pede a permissão de um administrador.
    .step-2 = Abra “Autoridades de Certificação Raiz Confiáveis” e depois “Certificados”.
    .step-3 = Encontre “Kaspersky Anti-Virus Personal Root Certificate”, clique nele com o botão direito, escolha Excluir e confirme com Sim.
    .step-4 = Faça o mesmo em “Gerenciar certificados de usuário” se o certificado também estiver listado lá.
    .step-5 = O Firefox, se estiver listado, confia no que o Windows confia: quando o certificado sair do Windows, o Firefox também deixa de confiar nele.
item-leftover-certificate-mac = Remova o certificado da Kaspersky do chaveiro Sistema
    .why = O Kaspersky adicionou seu próprio certificado raiz para poder olhar dentro das conexões seguras (HTTPS). Sem o Kaspersky, nada mantém esse certificado atualizado, e mesmo assim o Mac continua confiando nele.
    .step-1 = Abra o Acesso às Chaves (em Aplicativos > Utilitários).
    .step-2 = Escolha o chaveiro Sistema à esquerda e depois a aba Certificados.
    .step-3 = Encontre “Kaspersky Web Anti-Virus Certification Authority”, clique nele com a tecla Control pressionada, escolha Apagar e digite sua senha quando ela for pedida.
item-leftover-extension = Remova a extensão Kaspersky Protection dos seus navegadores
    .why = O desinstalador do Kaspersky pode deixar a extensão de navegador para trás. Sem o Kaspersky, ela não faz nada de útil e não recebe mais atualizações.
    .step-1 = Abra a página de extensões de cada navegador listado em “Restos que ficaram” na etapa Verificar: chrome://extensions no Google Chrome, edge://extensions no Microsoft Edge, about:addons no Firefox.
    .step-2 = Encontre a Kaspersky Protection e clique em Remover.
    .step-3 = Faça isso em todos os perfis listados ali e depois verifique de novo.
item-leftover-services-windows = Remova com o kavremover os serviços e drivers que sobraram do Kaspersky
    .why = Há relatos de que serviços e drivers que sobrevivem ao Kaspersky, principalmente aqueles cujos arquivos não existem mais, impedem as atualizações de recursos do Windows.
    .step-1 = Baixe o kavremover no site de suporte da Kaspersky (o link abre a página).
    .step-2 = Execute-o, escolha o produto da Kaspersky que você tinha e clique em Remover.
    .step-3 = Reinicie o computador.
    .link = Abrir a página do kavremover
item-leftover-services-mac = Remova os itens em segundo plano que sobraram do Kaspersky
    .why = Toda vez que o Mac é ligado ou alguém inicia uma sessão, estes arquivos iniciariam partes do Kaspersky que não existem mais.
    .step-1 = No Finder, escolha Ir > Ir para a Pasta e abra cada pasta listada em “Restos que ficaram” na etapa Verificar (por exemplo, /Library/LaunchAgents).
    .step-2 = Mova para o Lixo os arquivos cujo nome começa com “com.kaspersky” e digite sua senha se ela for pedida.
    .step-3 = Reinicie o Mac.
item-leftover-registry = Remova com o kavremover as configurações que sobraram do Kaspersky
    .why = As configurações do Kaspersky no Registro podem ficar lá depois que ele é removido, e há relatos de que atrapalham as atualizações do Windows. O kavremover as limpa com segurança; alterar o Registro à mão é arriscado.
    .step-1 = Execute o kavremover como explica o item sobre serviços, ou baixe-o agora pelo link, escolha o produto da Kaspersky que você tinha e clique em Remover.
    .step-2 = Reinicie o computador.
    .link = Abrir a página do kavremover
item-leftover-folders-windows = Remova as pastas que sobraram do Kaspersky
    .why = Estas pastas guardam arquivos e configurações antigos do Kaspersky. Elas ocupam espaço e não servem mais para nada.
    .step-1 = Se o kavremover estiver na sua lista, execute-o primeiro: ele remove a maioria delas.
    .step-2 = Se uma pasta listada em “Restos que ficaram” na etapa Verificar ainda estiver lá, abra o Explorador de Arquivos, vá até ela e exclua-a. O Windows pede a permissão de um administrador.
item-leftover-folders-mac = Remova as pastas que sobraram do Kaspersky
    .why = Estas pastas guardam arquivos e configurações antigos do Kaspersky. Elas ocupam espaço e não servem mais para nada.
    .step-1 = No Finder, escolha Ir > Ir para a Pasta e digite o local da pasta mostrado em “Restos que ficaram” na etapa Verificar.
    .step-2 = Mova a pasta “Kaspersky Lab” para o Lixo, digite sua senha se ela for pedida e esvazie o Lixo.
item-leftover-registration = Nada para desinstalar: o Windows ainda lista um antivírus removido
    .why = A Central de Segurança do Windows ainda cita um antivírus Kaspersky ou UltraAV que não está mais instalado. É um cadastro que ficou para trás, não um programa: desinstalar de novo não adianta, e ele não protege este computador.
    .step-1 = Não tente desinstalá-lo de novo, nem instalá-lo de novo para removê-lo.
    .step-2 = Se outras partes do Kaspersky estiverem listadas aqui, remova-as primeiro com os itens abaixo e depois reinicie o computador.
    .step-3 = Se depois disso a Segurança do Windows ainda citar o antivírus, as fontes abaixo explicam como esse tipo de cadastro é apagado; num computador que outra pessoa gerencia, pergunte a ela.
    .step-4 = Verifique este computador de novo: este item é confirmado quando a Central de Segurança não o listar mais.
section-remove-ultraav = Remova o UltraAV
section-remove-both = Remova o Kaspersky e o UltraAV
section-windows-10 = O Windows deste computador
action-uninstall = Abrir o desinstalador: { $name }
action-open-uninstaller-mac = Abrir o desinstalador do Kaspersky
action-show-applications = Mostrar Aplicativos no Finder
action-copy-command = Copiar o comando
item-ask-it = Antes de remover qualquer coisa, pergunte a quem gerencia este computador
    .why = { $updates }. O Kaspersky deste computador é gerenciado por um empregador ou pelo departamento de TI do empregador (uma edição feita para organizações, ou uma que só um administrador pode remover), e talvez eles mesmos estejam fazendo a substituição.
    .step-1 = Pergunte ao departamento de TI do seu empregador, ou a quem configurou este computador, se eles vão substituir o Kaspersky e o que você deve fazer.
    .step-2 = Não remova nada por conta própria, a não ser que eles peçam, e siga as instruções deles.
    .step-3 = Depois, verifique este computador de novo no AV Switch: ele confirma quando o Kaspersky não estiver mais lá.
item-uninstall-managed = Providencie a remoção do Kaspersky conforme a orientação de quem gerencia este computador
    .why = { $updates }.
    .step-1 = Siga as instruções do departamento de TI do seu empregador: eles podem removê-lo de forma centralizada ou passar os passos para você.
item-delete-export = Apague o arquivo de senhas exportado
    .why = Ele contém todas as senhas em texto simples, legíveis por qualquer pessoa que o abra.
    .step-1 = Assim que a importação der certo, apague o arquivo, esvazie a Lixeira (Windows) ou o Lixo (Mac) e apague todas as cópias, por exemplo a do pen drive.
item-replace-vpn-covered = Substitua o Kaspersky VPN Secure Connection
    .why = A VPN da Kaspersky também faz parte da proibição.
    .step-1 = Decida se você ainda precisa de uma VPN; muitas pessoas só usam uma em Wi-Fi público.
    .step-2 = Se precisar, escolha outra e depois desinstale o Kaspersky VPN de todos os dispositivos e cancele a assinatura dele.
item-replace-vpn-unknown = Substitua o Kaspersky VPN Secure Connection
    .why = Se a proibição dos EUA abrange você, ela também abrange a VPN da Kaspersky.
    .step-1 = Decida se você ainda precisa de uma VPN; muitas pessoas só usam uma em Wi-Fi público.
    .step-2 = Se precisar, escolha outra e depois desinstale o Kaspersky VPN de todos os dispositivos e cancele a assinatura dele.
item-replace-vpn-chosen = Substitua o Kaspersky VPN Secure Connection
    .why = Você está deixando o Kaspersky, e a VPN dele também é um produto da Kaspersky.
    .step-1 = Decida se você ainda precisa de uma VPN; muitas pessoas só usam uma em Wi-Fi público.
    .step-2 = Se precisar, escolha outra e depois desinstale o Kaspersky VPN de todos os dispositivos e cancele a assinatura dele.
item-replace-safe-kids-covered = Substitua o Kaspersky Safe Kids
    .why = O Kaspersky Safe Kids também faz parte da proibição.
    .step-1 = Configure o controle parental que já vem nos seus dispositivos (Family Link no Android, Tempo de Uso no iPhone e no Mac, Microsoft Family Safety no Windows).
    .step-2 = Depois, desinstale o Kaspersky Safe Kids dos dispositivos dos seus filhos e dos seus.
item-replace-safe-kids-unknown = Substitua o Kaspersky Safe Kids
    .why = Se a proibição dos EUA abrange você, ela também abrange o Kaspersky Safe Kids.
    .step-1 = Configure o controle parental que já vem nos seus dispositivos (Family Link no Android, Tempo de Uso no iPhone e no Mac, Microsoft Family Safety no Windows).
    .step-2 = Depois, desinstale o Kaspersky Safe Kids dos dispositivos dos seus filhos e dos seus.
item-replace-safe-kids-chosen = Substitua o Kaspersky Safe Kids
    .why = Você está deixando o Kaspersky, e o Safe Kids também é um produto da Kaspersky.
    .step-1 = Configure o controle parental que já vem nos seus dispositivos (Family Link no Android, Tempo de Uso no iPhone e no Mac, Microsoft Family Safety no Windows).
    .step-2 = Depois, desinstale o Kaspersky Safe Kids dos dispositivos dos seus filhos e dos seus.
item-leftover-registry-with-services = Remova também as configurações que sobraram do Kaspersky
    .why = As configurações do Kaspersky no Registro podem ficar lá depois que ele é removido, e há relatos de que atrapalham as atualizações do Windows. Alterar o Registro à mão é arriscado.
    .step-1 = A execução do kavremover para os serviços e drivers acima também limpa essas configurações: não há mais nada a fazer à mão.
item-windows-10 = Mantenha o Windows 10 recebendo atualizações de segurança
    .why = Este computador usa o Windows 10, cujo suporte terminou em { $support_end }. Ele só recebe atualizações de segurança se estiver inscrito nas Atualizações de Segurança Estendidas (ESU), que a Microsoft estendeu para usuários domésticos até { $esu_end }. O Microsoft Defender Antivirus ainda recebe novas definições de vírus no Windows 10 até outubro de 2028, mas a Microsoft diz que um computador com Windows 10 corre mais riscos mesmo com elas.
    .step-1 = Abra Configurações > Windows Update. Ali aparece se este computador está inscrito nas Atualizações de Segurança Estendidas; se estiver, não é preciso fazer mais nada até { $esu_end }.
    .step-2 = Se ele não estiver inscrito e o Windows Update oferecer a inscrição, siga os passos (é pedida uma conta Microsoft). A inscrição fica aberta até { $esu_end }, mas não é oferecida em todos os lugares.
    .step-3 = Se este computador puder rodar o Windows 11, a Microsoft recomenda atualizar para ele: o Windows Update também mostra se ele pode.
    .step-4 = Se ele não puder fazer nenhuma das duas coisas, mantenha o antivírus dele atualizado, tome cuidado com anexos de e-mail e downloads, e planeje substituir o computador antes de { $esu_end }.
