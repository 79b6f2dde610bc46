# The ban, in the app's own words. Dates, sources and which fact rests on
# which source are in assets/advisory.toml; each fact-<id> and milestone-<id>
# here belongs to the entry with that id there.

# "29 September 2024, 12:00 a.m. EDT"
date-eastern = { $date }, às { $time } { $zone }
source-ongoing = em andamento
source-not-linked = (artigo sem link)

## Where today stands

status-before-sales-ban = O { $vendor } ainda pode ser comprado até { $sales_day } ({ $sales_when }) e recebe atualizações até { $updates_day }.
status-sales-banned = O { $vendor } não pode mais ser comprado. As atualizações dele param em { $updates_day }, { $updates_when }.
status-updates-ended = As atualizações do { $vendor } para clientes dos EUA terminaram em { $updates_day }, há { $since }.
status-next-before-updates-end = Há tempo para trocar com calma. As próximas etapas verificam este computador e ajudam você a escolher um substituto antes que as atualizações parem.
status-unknown = A proibição dos EUA interrompe as atualizações do { $vendor } a partir de { $updates_day } ({ $updates_when }) para qualquer pessoa nos Estados Unidos e para cidadãos e residentes permanentes dos EUA, onde quer que morem.
status-next-unknown = { status-next-unknown-command-line } A etapa Verificar pergunta onde você usa este computador, para que o AV Switch saiba dizer qual é o seu caso.
# The command line: its own way to answer follows.
status-next-unknown-command-line = Fora dos Estados Unidos, a { $vendor } diz que seus produtos continuam recebendo atualizações.
status-not-covered = A proibição do { $vendor } pelos EUA não se aplica a você: ela abrange pessoas nos Estados Unidos e cidadãos e residentes permanentes dos EUA, onde quer que morem.
status-next-not-covered = A { $vendor } diz que seus produtos continuam recebendo atualizações e suporte em outros países. O Google Play removeu os aplicativos da { $vendor } no mundo todo, então celulares Android não podem mais atualizá-los pela loja. Trocar é uma escolha sua: o AV Switch ainda pode verificar este computador e planejar uma troca, se você quiser.
status-next-after-updates-end = Se este computador ainda tem o Kaspersky, substituí-lo é a coisa mais útil que você pode fazer pela segurança dele. As próximas etapas verificam este computador e fazem um plano com você.

## Milestones

milestone-announced = Proibição dos EUA anunciada
    .meaning = O Departamento de Comércio dos EUA decidiu que a Kaspersky não pode mais vender nem dar suporte ao seu antivírus nos Estados Unidos. O aviso oficial saiu no Federal Register em 24 de junho de 2024. Nada mudou no seu computador naquele dia.

milestone-sales_end = Fim das novas vendas nos EUA
    .meaning = A partir deste momento, a Kaspersky não pôde mais aceitar novos clientes dos EUA nem vender novas assinaturas. As instalações existentes continuaram funcionando e recebendo atualizações.

milestone-updates_end = Fim das atualizações nos EUA
    .meaning = A partir deste momento, a Kaspersky não pode mais enviar definições de vírus nem atualizações do programa a clientes dos EUA. Nos computadores deles, o Kaspersky continua funcionando depois dessa data, mas, sem atualizações, não aprende mais sobre as novas ameaças, e sua proteção fica cada vez mais para trás com o passar do tempo.


## Facts

fact-F1 = Em 20 de junho de 2024, o Departamento de Comércio dos EUA (Bureau de Indústria e Segurança) anunciou uma decisão final que proíbe os produtos e serviços antivírus e de segurança da Kaspersky para pessoas nos Estados Unidos. A página oficial dele lista tudo o que é proibido.

fact-F2 = A decisão foi publicada no Federal Register em 24 de junho de 2024 (89 FR 52434, documento 2024-13532).

fact-F3 = A partir da 0h de 20 de julho de 2024 (horário do Leste dos EUA), a Kaspersky não pode aceitar novos clientes dos EUA nem vender novas assinaturas.

fact-F4 = A partir da 0h de 29 de setembro de 2024 (horário do Leste dos EUA), a Kaspersky não pode enviar atualizações de definições de vírus nem atualizações do programa a clientes dos EUA, nem revender nem licenciar seu software. Algumas reportagens citam 28 ou 30 de setembro; o anúncio oficial informa este momento exato.

fact-F5 = A proibição abrange todos os produtos e serviços de segurança ou antivírus da Kaspersky para pessoas nos Estados Unidos, incluindo a tecnologia da Kaspersky embutida em produtos de outras empresas com o nome delas. Cidadãos dos EUA que moram no exterior também são abrangidos.

fact-F6 = Não são abrangidos: os serviços de inteligência de ameaças da Kaspersky, seus treinamentos de segurança e consultorias puramente informativas ou educacionais.

fact-F7 = De acordo com a proibição dos EUA, quem continua usando o Kaspersky não está infringindo a lei e não sofre nenhuma penalidade. Mas o governo dos EUA diz que quem continua a usá-lo assume todos os riscos de segurança que vêm com isso.

fact-F8 = O governo dos EUA aconselha os clientes da Kaspersky nos EUA a migrar logo para outro produto, para que informações pessoais e sensíveis não fiquem sem proteção. A secretária de Comércio dos EUA pediu com insistência que eles deixassem de usar o Kaspersky e trocassem de produto.

fact-F11 = Em 15 de julho de 2024, a Kaspersky anunciou que encerraria gradualmente suas operações nos EUA a partir de 20 de julho de 2024.

fact-F12 = A Kaspersky ofereceu aos clientes que ainda tinha nos EUA seis meses de uso gratuito do Kaspersky Standard, Plus, Password Manager, Safe Kids e VPN Secure Connection.

fact-F13 = Por volta de 19 de setembro de 2024, uma atualização removeu o Kaspersky dos computadores Windows de clientes dos EUA e instalou o UltraAV (da Pango Group) no lugar dele, e o UltraVPN para alguns assinantes da VPN, sem perguntar separadamente. Usuários de Mac, Android e iPhone tiveram de instalar o UltraAV por conta própria. A cobrança passou para o UltraAV nas mesmas datas.

fact-F14 = Algumas pessoas perceberam que o UltraAV só podia ser removido com o desinstalador dele mesmo; outras formas de removê-lo faziam com que ele voltasse.

fact-F15 = Em outubro de 2024, o Google removeu os aplicativos da Kaspersky do Google Play, então celulares Android não podem mais atualizá-los nem reinstalá-los pela loja.

fact-F16 = Os produtos domésticos da Kaspersky são Kaspersky Basic, Standard, Plus e Premium; os mais antigos são Anti-Virus, Internet Security, Total Security, Security Cloud e Free. Os aplicativos complementares dela são Password Manager, VPN Secure Connection e Safe Kids.

fact-F17 = O Kaspersky Password Manager pode exportar suas senhas para um arquivo, mas os backups dele só podem ser abertos pelo próprio Kaspersky Password Manager, e a senha mestra não pode ser recuperada. Por isso, exporte suas senhas antes de desinstalá-lo e depois importe-as para o seu novo gerenciador de senhas.

fact-F18 = A ferramenta de remoção da própria Kaspersky, o kavremover, serve para quando a desinstalação normal falha. Os arquivos na quarentena do Kaspersky não podem mais ser acessados depois que o Kaspersky é removido.

fact-F19 = No Windows, o Microsoft Defender Antivirus já vem integrado e é gratuito, e se ativa sozinho quando nenhum outro antivírus está ativo. Não é preciso comprar nada.

fact-F20 = Dois laboratórios independentes publicam regularmente testes comparativos de antivírus domésticos: AV-TEST e AV-Comparatives. Os resultados deles são uma boa base para comparar produtos.

fact-F21 = A proibição abrange todas as pessoas nos Estados Unidos, além de cidadãos e residentes permanentes dos EUA (portadores de green card) onde quer que morem, e também empresas dos EUA e suas filiais no exterior. Ela vale tanto pela pessoa quanto pelo lugar.

fact-F22 = Pessoas fora dos Estados Unidos que não são cidadãs nem residentes permanentes dos EUA não são abrangidas. A Kaspersky diz que as restrições dos EUA não mudam seus produtos nem seu suporte em outros países e que seus bancos de dados de vírus continuam sendo atualizados; um pesquisador da Kaspersky disse à imprensa da Indonésia que não há restrições parecidas na Ásia-Pacífico, incluindo a Indonésia.

fact-F23 = O Google removeu os aplicativos da Kaspersky do Google Play no mundo todo, não só nos Estados Unidos, então usuários de Android de qualquer lugar não podem instalá-los nem atualizá-los pela loja.

fact-F24 = O idioma ou a localidade de um computador não é o país da pessoa: inglês dos EUA é uma configuração comum no mundo todo. O Windows e o macOS guardam à parte uma configuração de região, que o AV Switch usa apenas para sugerir uma resposta que você confirma. A cidadania não pode ser detectada de forma alguma.

fact-F25 = Alguns computadores nos Estados Unidos continuaram recebendo atualizações do Kaspersky depois de 29 de setembro de 2024. A Kaspersky não pode fornecer atualizações a clientes dos EUA, então essas atualizações podem parar a qualquer momento.

fact-F26 = Para verificar conexões seguras (HTTPS), o Kaspersky adiciona seu próprio certificado raiz aos certificados em que o Windows e o macOS confiam (“Kaspersky Anti-Virus Personal Root Certificate” no Windows, “Kaspersky Web Anti-Virus Certification Authority” no Mac). O Firefox pode estar configurado para confiar neles também. Depois que o Kaspersky é removido, nada mantém esse certificado atualizado, então vale a pena removê-lo.

fact-F27 = O Kaspersky instala uma extensão de navegador, a Kaspersky Protection, no Chrome, no Edge e no Firefox. O teste de desinstalação de 2022 da AV-Comparatives constatou que o desinstalador do Kaspersky a deixava para trás.

fact-F28 = No Windows, o Kaspersky executa serviços e drivers (como AVP21.3, klif e klhk) e guarda configurações no Registro e em pastas, sob o nome Kaspersky Lab. Há relatos de que drivers e configurações que sobram depois da desinstalação continuam lá e bloqueiam as atualizações de recursos do Windows; o kavremover é a ferramenta da Kaspersky para removê-los.
fact-F19-mac = Os Macs têm integrado o XProtect, a proteção da Apple contra malware. Não é preciso comprar nada.
fact-F31 = O suporte ao Windows 10 terminou em { $support_end }. Desde então, um computador com Windows 10 só recebe atualizações de segurança se estiver inscrito nas Atualizações de Segurança Estendidas (ESU), que a Microsoft estendeu para usuários domésticos até { $esu_end }; Configurações > Windows Update mostra se ele está inscrito e oferece a inscrição onde ela estiver disponível. A Microsoft continua enviando nova inteligência de segurança (definições de vírus) ao Microsoft Defender Antivirus no Windows 10 até outubro de 2028, mas diz que computadores com Windows 10 ficam mais vulneráveis mesmo com ela, e recomenda passar para o Windows 11 quando o computador puder. O Windows 11 corresponde à compilação 22000 e posteriores.
fact-F32 = Com outro antivírus instalado, o Microsoft Defender Antivirus é desativado automaticamente. A Microsoft diz que ele pode se ativar de novo quando o outro produto expira, é desinstalado ou deixa de proteger; por isso, é preciso verificar se ele está ativado, e não supor.
fact-F33 = As Configurações do Windows têm endereços documentados para suas páginas: ms-settings:appsfeatures abre Aplicativos instalados e ms-settings:windowsdefender abre Segurança do Windows.
fact-F34 = No macOS 15 (Sequoia) e posteriores, os dados do XProtect em uso ficam em /var/protected/xprotect e são atualizados pelo iCloud; desde o macOS 15.2, a cópia antiga em /Library/Apple/System/Library/CoreServices não os alimenta mais, então a versão dela ali pode estar desatualizada.
fact-F35 = O Kaspersky Password Manager exporta seus dados como um arquivo de texto simples (.txt); os backups criptografados dele só abrem no Kaspersky Password Manager. Outros gerenciadores de senhas informam em suas páginas de importação quais arquivos leem. O arquivo exportado contém todas as senhas, legíveis por qualquer pessoa, então ele deve ser apagado assim que a importação terminar.
fact-F36 = Depois que o Google Play removeu seus aplicativos no mundo todo, a Kaspersky disse que os aplicativos já instalados continuam funcionando e atualizando seus bancos de dados, e indicou aos usuários outras lojas de aplicativos ou o download pelo site dela. Essa é a declaração da Kaspersky para usuários fora dos Estados Unidos; ela não muda a proibição dos EUA.
fact-F37 = Os seis meses grátis da Kaspersky para clientes dos EUA começaram em julho de 2024, então terminaram no início de 2025 e não estão mais disponíveis. Nenhuma mudança na proibição dos EUA foi encontrada até novembro de 2026.
fact-F38 = Os produtos da Kaspersky para Windows podem ser protegidos por senha contra desinstalação, fechamento e alteração de configurações. Uma senha esquecida só pode ser redefinida no Modo de Segurança, com a ferramenta de redefinição de senha da Kaspersky; se a senha continuar sendo pedida, a Kaspersky orienta remover o produto com o kavremover.
fact-F39 = No Modo de Segurança, o Windows pode não carregar nenhum driver de som, então leitores de tela como Narrador, NVDA e JAWS podem ficar mudos. Um passo que precise do Modo de Segurança deve avisar isso e oferecer antes outro caminho.
fact-F41 = O Microsoft Defender Antivirus pode ser mantido desativado por configurações de política deixadas por ferramentas de ajuste, por um antivírus antigo ou por um empregador. A Segurança do Windows então mostra algumas configurações como gerenciadas pela sua organização, e o botão Ativar pode aparecer acinzentado. Com a Proteção contra Violações ativada, o Windows ignora essas configurações; por isso, uma configuração encontrada é uma causa possível, não uma prova.
fact-F42 = A Kaspersky informou aos seus clientes dos EUA que os aplicativos dela não podem mais ser baixados dos sites dela nos EUA (usa.kaspersky.com, my.kaspersky.com), nem a extensão Kaspersky Protection das lojas de extensões dos navegadores; outros países não são afetados. Se um site da Kaspersky não ajudar, ainda é possível interromper uma renovação: o banco ou o emissor do cartão pode interromper os pagamentos.
fact-F40 = A Central de Segurança do Windows pode continuar listando um antivírus que foi removido: o programa, os serviços e os processos dele não existem mais, mas a Central de Segurança ainda o cita. Isso é um cadastro que ficou para trás, não um produto instalado; por isso, desinstalá-lo de novo não resolve.
status-next-after-updates-end-found = Substituir o Kaspersky neste computador é a coisa mais útil que você pode fazer pela segurança dele. As próximas etapas ajudam você a escolher um substituto e fazem um plano com você.
status-next-after-updates-end-not-found = A verificação não encontrou nenhum programa da Kaspersky neste computador. As próximas etapas garantem que a proteção dele esteja ativada e atualizada, e cuidam dos seus outros dispositivos.
facts-checked = Fatos verificados em { $month }.
facts-checked-on = Fatos verificados em { $day }.
facts-may-be-old = Isso foi há mais de seis meses, então alguns podem estar desatualizados: o AV Switch nunca consulta a internet. Uma versão mais nova do AV Switch pode saber mais; procure uma no mesmo lugar onde você conseguiu esta.
