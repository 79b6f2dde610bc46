# The exported plan (Markdown, text, web page, JSON, calendar) and the
# report of `avswitch check`.

export-title = AV Switch: seu plano para trocar de antivírus
export-made-on = Criado em { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = A situação
coverage-covered = Pelas suas respostas, a proibição dos EUA abrange você: ela se aplica a pessoas nos Estados Unidos e a cidadãos e residentes permanentes dos EUA em qualquer lugar.
coverage-not-covered = Pelas suas respostas, a proibição dos EUA não abrange você: você usa este computador fora dos Estados Unidos e não é cidadão nem residente permanente dos EUA.
coverage-unknown = { coverage-unknown-command-line } Você pode responder na etapa Verificar.
# The command line: its own way to answer follows.
coverage-unknown-command-line = Ainda não se sabe se a proibição dos EUA abrange você: ela abrange pessoas nos Estados Unidos e cidadãos e residentes permanentes dos EUA em qualquer lugar.
export-this-computer = Este computador
export-not-checked = Este computador não foi verificado para esta lista.
export-next = Próximo passo: { $step }
export-checklist = Sua lista de tarefas
export-finish-by = Concluir até { $day }.
export-finish-by-suggested = Nenhuma data de conclusão escolhida ainda; daqui a uma semana seria { $day }.
export-replacement = Substituto: { $name }.
export-replacement-none = Substituto: ainda não escolhido.
export-confirmed = confirmado pela verificação
export-sources = Fontes
calendar-event = Concluir a troca de antivírus
calendar-reminder = Amanhã: concluir a troca de antivírus
calendar-still-to-do = Ainda falta fazer:

## A finding in one line

flag-affected = afetado pela proibição dos EUA
flag-affected-if-covered = afetado pela proibição dos EUA, se ela abrange você
flag-made-by-kaspersky = feito pela Kaspersky
flag-replacement = instalado no lugar do Kaspersky
flag-built-in = integrado ao sistema
state-words-on = ativado
state-words-off = desativado
state-words-snoozed = em pausa (suspenso por enquanto)
state-words-expired = expirado (a licença ou assinatura dele terminou)
state-words-installed = instalado (não se sabe se está em execução)
finding-definitions = definições de vírus: { $words }
definitions-up-to-date = atualizadas
definitions-out-of-date = desatualizadas
definitions-missing = nenhuma instalada
definitions-unknown = não informadas
definitions-age = última atualização { $when }
definitions-version = versão { $version }
# A product in a report: "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on."
# $tags are its kind and flags, joined with list-separator.
finding-line = { $name } ({ $tags }): { $state }.
# The same for an anti-virus, with $definitions: "virus definitions: out of date, last updated 2 years ago".
finding-line-antivirus = { $name } ({ $tags }): { $state }; { $definitions }.
# The definitions' $status ("out of date") and $age ("last updated 2 years ago").
definitions-with-age = { $status }, { $age }
# The definitions' $words with their own $version ("up to date (version 1.389.0)").
definitions-with-version = { $words } ({ $version })

## avswitch check

report-title = AV Switch: verificação deste computador ({ $system }), { $date }
report-source = Fonte: { $publisher }, “{ $title }”, { $url }
report-nothing-found = Nenhum programa de segurança foi encontrado.
report-found = Encontrado:
report-failures = Verificações que não puderam ser feitas:
report-left-behind = Restos que ficaram (partes de programas removidos):
report-left-behind-clean = Restos que ficaram: não foi encontrado nada do que o Kaspersky ou o UltraAV deixam para trás.
report-version = Versão: { $version }
report-seen-by = Visto por: { $probe } — { $detail }
report-ban = A proibição: { $status }
report-next = Próximo passo: { $step }
definitions-never-updated = nunca atualizadas: ele diz que nunca concluiu uma atualização
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = As verificações que puderam ser feitas não encontraram nenhum programa de segurança; as que não puderam estão listadas abaixo.
report-answer-coverage = Para dizer onde você usa este computador, verifique de novo com --region us, ou com --region elsewhere e --us-person yes ou no.
export-command = Digite este comando num terminal
