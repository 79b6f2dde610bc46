# The ban, in the app's own words. Dates, sources and which fact rests on
# which source are in assets/advisory.toml; each fact-<id> and milestone-<id>
# here belongs to the entry with that id there.

# "29 September 2024, 12:00 a.m. EDT"
date-eastern = { $date }, { $time } { $zone }
source-ongoing = ongoing
source-not-linked = (article not linked)

## Where today stands

status-before-sales-ban = { $vendor } can still be bought until { $sales_day } ({ $sales_when }), and it is updated until { $updates_day }.
status-sales-banned = { $vendor } can no longer be bought. Its updates stop on { $updates_day }, { $updates_when }.
status-updates-ended = { $vendor }'s updates to U.S. customers ended on { $updates_day }, { $since } ago.
status-next-before-updates-end = There is time to switch calmly. The next steps check this computer and help you choose a replacement before updates stop.
status-unknown = The U.S. ban stops { $vendor }'s updates from { $updates_day } ({ $updates_when }) for anyone in the United States, and for U.S. citizens and permanent residents wherever they live.
status-next-unknown = { status-next-unknown-command-line } The Check step asks where you use this computer, so that AV Switch can tell which case is yours.
# The command line: its own way to answer follows.
status-next-unknown-command-line = Outside the United States, { $vendor } says its products keep getting updates.
status-not-covered = The U.S. ban on { $vendor } does not apply to you: it covers people in the United States, and U.S. citizens and permanent residents wherever they live.
status-next-not-covered = { $vendor } says its products keep getting updates and support in other countries. Google Play removed { $vendor }'s apps worldwide, so Android phones can no longer update them from the store. Switching is your choice: AV Switch can still check this computer and plan a switch if you want one.
status-next-after-updates-end = If this computer still has Kaspersky, replacing it is the most useful thing you can do for its safety. The next steps check this computer and make a plan with you.

## Milestones

milestone-announced = U.S. ban announced
    .meaning = The U.S. Commerce Department decided that Kaspersky may no longer sell or support its anti-virus in the United States. The official notice followed in the Federal Register on 24 June 2024. Nothing changed on your computer that day.

milestone-sales_end = No new U.S. sales
    .meaning = From this moment Kaspersky could not take on new U.S. customers or sell new subscriptions. Existing installations kept working and kept getting updates.

milestone-updates_end = U.S. updates end
    .meaning = From this moment Kaspersky may no longer send virus definitions or program updates to U.S. customers. On their computers Kaspersky still runs after this date, but without updates it no longer learns about new threats, so its protection falls further behind as time passes.


## Facts

fact-F1 = On 20 June 2024 the U.S. Department of Commerce (Bureau of Industry and Security) announced a final decision prohibiting Kaspersky anti-virus and security products and services for people in the United States. Its official page lists everything that is prohibited.

fact-F2 = The decision was published in the Federal Register on 24 June 2024 (89 FR 52434, document 2024-13532).

fact-F3 = From 20 July 2024 at 12:00 a.m. Eastern Time, Kaspersky may not sign up new U.S. customers or sell new subscriptions.

fact-F4 = From 29 September 2024 at 12:00 a.m. Eastern Time, Kaspersky may not send virus definition updates or program updates to U.S. customers, nor resell or license its software. Some reports give 28 or 30 September; the official announcement gives this exact moment.

fact-F5 = The ban covers every Kaspersky security or anti-virus product or service for people in the United States, including Kaspersky technology built into other companies' products under their own name. U.S. citizens living abroad are covered too.

fact-F6 = Not covered: Kaspersky's threat intelligence services, its security training, and purely informational or educational consulting.

fact-F7 = Under the U.S. ban, people who keep using Kaspersky are not breaking the law and face no penalty. But the U.S. government says that anyone who keeps using it takes on all the security risks that come with it.

fact-F8 = The U.S. government advises Kaspersky's U.S. customers to move to another product quickly, so that personal and sensitive information is not left without protection. The U.S. Commerce Secretary urged them to stop using it and switch.

fact-F11 = On 15 July 2024 Kaspersky announced that it would wind down its U.S. business starting 20 July 2024.

fact-F12 = Kaspersky offered its remaining U.S. customers six months of free use of Kaspersky Standard, Plus, Password Manager, Safe Kids and VPN Secure Connection.

fact-F13 = Around 19 September 2024 an update removed Kaspersky from U.S. customers' Windows computers and installed UltraAV (from Pango Group) in its place, and UltraVPN for some VPN subscribers, without asking separately. Mac, Android and iPhone users had to install UltraAV themselves. Billing carried over to UltraAV on the same schedule.

fact-F14 = Some people found that UltraAV could only be removed with its own uninstaller; other ways of removing it made it come back.

fact-F15 = In October 2024 Google removed Kaspersky's apps from Google Play, so Android phones can no longer update or reinstall them from the store.

fact-F16 = Kaspersky's home products are Kaspersky Basic, Standard, Plus and Premium; older ones are Anti-Virus, Internet Security, Total Security, Security Cloud and Free. Its companion apps are Password Manager, VPN Secure Connection and Safe Kids.

fact-F17 = Kaspersky Password Manager can export your passwords to a file, but its own backups can only be opened by Kaspersky Password Manager, and its master password cannot be recovered. So export your passwords before you uninstall it, then import them into your new password manager.

fact-F18 = Kaspersky's own removal tool, kavremover, is for when the normal uninstall fails. Files in Kaspersky's quarantine can no longer be reached once Kaspersky is removed.

fact-F19 = On Windows, Microsoft Defender Antivirus is built in and free, and turns itself on when no other anti-virus is active. It needs no purchase.

fact-F20 = Two independent labs regularly publish comparative tests of home anti-virus products: AV-TEST and AV-Comparatives. Their results are a good place to compare products.

fact-F21 = The ban covers everyone in the United States, and U.S. citizens and U.S. permanent residents (green card holders) wherever they live, as well as U.S. companies and their branches abroad. It follows the person as well as the place.

fact-F22 = People outside the United States who are neither U.S. citizens nor permanent residents are not covered. Kaspersky says the U.S. restrictions do not change its products or support in other countries and that its virus databases keep being updated; a Kaspersky researcher told Indonesian press that there are no similar restrictions in Asia-Pacific, Indonesia included.

fact-F23 = Google removed Kaspersky's apps from Google Play worldwide, not only in the United States, so Android users anywhere cannot install or update them from the store.

fact-F24 = A computer's language or locale is not the person's country: U.S. English is a common setting worldwide. Windows and macOS keep a separate region setting, which AV Switch uses only to suggest an answer you confirm. Citizenship cannot be detected at all.

fact-F25 = Some computers in the United States kept receiving Kaspersky updates after 29 September 2024. Kaspersky may not supply updates to U.S. customers, so such updates can stop at any time.

fact-F26 = To check secure (HTTPS) connections, Kaspersky adds its own root certificate to the certificates Windows and macOS trust ("Kaspersky Anti-Virus Personal Root Certificate" on Windows, "Kaspersky Web Anti-Virus Certification Authority" on a Mac). Firefox may be set to trust them too. Once Kaspersky is gone, nothing keeps that certificate up to date, so it is worth removing.

fact-F27 = Kaspersky installs a browser extension, Kaspersky Protection, in Chrome, Edge and Firefox. AV-Comparatives' 2022 uninstallation test found that Kaspersky's uninstaller left it behind.

fact-F28 = Kaspersky on Windows runs services and drivers (such as AVP21.3, klif and klhk) and keeps settings in the registry and folders under Kaspersky Lab. Leftover drivers and settings have been reported to stay after uninstalling and to block Windows feature upgrades; kavremover is Kaspersky's tool for removing them.
fact-F19-mac = Macs have XProtect, Apple's protection against malware, built in. It needs no purchase.
fact-F31 = Windows 10 support ended on { $support_end }. Since then a Windows 10 computer gets security updates only if it is enrolled in Extended Security Updates (ESU), which Microsoft extended for home users to { $esu_end }; Settings > Windows Update says whether it is enrolled, and offers enrolment where it is available. Microsoft keeps sending Microsoft Defender Antivirus new security intelligence (virus definitions) on Windows 10 through October 2028, but says Windows 10 computers are more vulnerable even with them, and recommends moving to Windows 11 where the computer can. Windows 11 is build 22000 and later.
fact-F32 = With another anti-virus installed, Microsoft Defender Antivirus is switched off automatically. Microsoft says it can turn itself back on when the other product expires, is uninstalled or stops protecting, so whether it is on has to be checked, not assumed.
fact-F33 = Windows Settings has documented addresses for its pages: ms-settings:appsfeatures opens Installed apps and ms-settings:windowsdefender opens Windows Security.
fact-F34 = On macOS 15 (Sequoia) and later, the XProtect data in use lives in /var/protected/xprotect and is updated over iCloud; since macOS 15.2 the older copy in /Library/Apple/System/Library/CoreServices no longer feeds it, so its version there can be out of date.
fact-F35 = Kaspersky Password Manager exports its data as a plain-text file (.txt); its encrypted backups open only in Kaspersky Password Manager. Other password managers say on their import pages which files they read. The exported file holds every password readable by anyone, so it should be deleted once the import is done.
fact-F36 = After Google Play removed its apps worldwide, Kaspersky said that apps already installed keep working and keep updating their databases, and pointed users to other app stores or its own download. This is Kaspersky's statement for users outside the United States; it does not change the U.S. ban.
fact-F37 = Kaspersky's six free months for U.S. customers began in July 2024, so they ended in early 2025 and are no longer available. No change to the U.S. ban was found up to November 2026.
fact-F38 = Kaspersky's Windows products can be protected by a password against uninstalling, closing and changing settings. A forgotten password can be reset only in Safe Mode, with Kaspersky's password reset tool; if it still asks, Kaspersky says to remove the product with kavremover.
fact-F39 = In Safe Mode Windows may load no sound driver, so screen readers such as Narrator, NVDA and JAWS may not speak. A step that needs Safe Mode should say so and offer another way first.
fact-F41 = Microsoft Defender Antivirus can be kept off by policy settings left by tweak tools, an old anti-virus or an employer. Windows Security then shows some settings as managed by your organization, and Turn on may be greyed out. With tamper protection on, Windows ignores such settings, so a setting seen is a possible cause, not proof.
fact-F42 = Kaspersky told its U.S. customers that its apps can no longer be downloaded from its U.S. sites (usa.kaspersky.com, my.kaspersky.com), nor the Kaspersky Protection extension from browser extension stores; other countries are not affected. Where a Kaspersky site does not help, a renewal can still be stopped: the bank or card issuer can stop the payments.
fact-F40 = Windows Security Center can keep listing an anti-virus that was removed: its program, services and processes are gone, yet Security Center still names it. That is a registration left behind, not an installed product, so uninstalling it again is not the answer.
status-next-after-updates-end-found = Replacing Kaspersky on this computer is the most useful thing you can do for its safety. The next steps help you choose a replacement and make a plan with you.
status-next-after-updates-end-not-found = The check found no Kaspersky program on this computer. The next steps make sure its protection is on and up to date, and cover your other devices.
facts-checked = Facts checked in { $month }.
facts-checked-on = Facts checked on { $day }.
facts-may-be-old = That was more than six months ago, so some may be out of date: AV Switch never looks online. A newer version of AV Switch may know more; look for one where you got this one.
