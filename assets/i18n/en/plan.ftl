# The checklist. Each item-* text is an item's title; .why says why it is on
# the list, .step-1, .step-2, ... are its steps in order, and .link labels the
# button that opens a page for it. Every text here may use:
#   $name     the replacement the person chose ("Bitdefender", "Microsoft Defender Antivirus")
#   $updates  why Kaspersky is being replaced, for this person (plan-updates-*)

plan-your-new-antivirus = your new anti-virus
plan-updates-covered = Kaspersky may not send updates to people in the United States, so its protection falls further behind
plan-updates-covered-current = Kaspersky may not supply updates to people in the United States, so the updates it still gets can stop at any time
plan-updates-unknown = If the U.S. ban covers you, Kaspersky's updates have stopped or can stop at any time
plan-updates-chosen = You decided to switch away from Kaspersky

## Sections

section-start = First
section-before = Before removing anything
section-before-switching = Before you switch
section-payments = Stop the payments
section-subscription = Your subscription
section-remove = Remove Kaspersky
section-left-behind = Clear away what was left behind
section-protect = Turn on your protection and update it
section-keep = Stay protected
section-verify = Make sure it worked
section-device-android = Your Android phone or tablet
section-device-iphone = Your iPhone or iPad
section-device-mac = Your Mac
section-device-windows-pc = Your other Windows PC
section-companions = Kaspersky's other apps

## First

item-check-computer = Check this computer
    .why = The plan depends on what protects this computer now. A check takes a few seconds and changes nothing.
    .step-1 = Open the Check step (the button below does it) and wait for the result.
    .link = Open the Check step
item-check-computer-failed = Check this computer again
    .why = The last check could not run, so AV Switch does not know what protects this computer.
    .step-1 = Open the Check step and click Check again.
    .step-2 = If it still cannot run, the reasons are listed there.
    .link = Open the Check step
item-switching-optional = Switching is your choice
    .why = By your answers the U.S. ban does not cover you, and Kaspersky says its products keep getting updates outside the United States.
    .step-1 = If you are happy with Kaspersky, keep it up to date, and leave the items about choosing and switching.
    .step-2 = If you would rather switch, choose a replacement in the Choose step: this list then shows every step.
item-choose-replacement = Choose the protection you will use
    .why = The steps after this depend on it. The protection that comes with your system is free.
    .step-1 = Open the Choose step and pick the built-in protection or another product.
    .step-2 = Independent labs' test results help you compare; the Choose step links them.
    .link = Choose a replacement

## Before removing anything

item-export-passwords = Export your passwords from Kaspersky Password Manager
    .why = Its backups open only in Kaspersky Password Manager and its master password cannot be recovered, so export before anything is uninstalled.
    .step-1 = Open Kaspersky Password Manager and unlock it with your master password.
    .step-2 = Open its settings, find Import/Export and export your data as a text file (.txt).
    .step-3 = Save the file where you will find it, for example on a USB stick, and keep it private: it holds every password in plain text.
item-note-subscription = Write down your Kaspersky subscription details
    .why = You need them to cancel the renewal or ask about a refund later.
    .step-1 = Sign in to your account at my.kaspersky.com, or look for the order e-mail.
    .step-2 = Note the e-mail address of the account, the product, the renewal date and the price.
item-download-replacement = Download { $name } from its maker's own website
    .why = Having the installer ready means this computer is without protection only for minutes.
    .step-1 = Type the maker's web address yourself, or search for "{ $name }" and choose the maker's own site, not an advertisement.
    .step-2 = Download the installer, but do not run it yet: two anti-virus programs at once can conflict.
item-check-quarantine = Check Kaspersky's quarantine for files you need
    .why = Files in quarantine can no longer be reached once Kaspersky is removed.
    .step-1 = Open Kaspersky and find Quarantine (often under More tools or Protection).
    .step-2 = If a file you know and trust is there, restore it only if you are sure it is safe; otherwise leave it.

## Stop the payments

item-cancel-renewal = Turn off automatic renewal of your Kaspersky subscription
    .why = Otherwise you may be charged again for a product you are replacing.
    .step-1 = Sign in at my.kaspersky.com and open Subscriptions.
    .step-2 = Turn off automatic renewal, or cancel the subscription.
    .step-3 = If you bought through a store or another company, cancel with them instead.
    .step-4 = If signing in does not work, your bank or card issuer can stop the payments to Kaspersky.
    .link = Open my.kaspersky.com
item-stop-charges-us = Stop the charges for your old Kaspersky subscription
    .why = In September 2024 Kaspersky subscriptions of U.S. customers moved to UltraAV with the same billing schedule, so charges for it may now come from UltraAV, from the store you bought it in, or still from Kaspersky.
    .step-1 = Look through the last 12 months of bank or card statements for UltraAV, Pango or Kaspersky, and note who charges you and when.
    .step-2 = For UltraAV charges you do not want, cancel the subscription in your UltraAV account or with UltraAV's support.
    .step-3 = If you bought it through a store or another company, cancel with them.
    .step-4 = For Kaspersky charges, turn off automatic renewal at my.kaspersky.com; if signing in does not work from the United States, your bank or card issuer can stop the payments.
    .link = Open my.kaspersky.com
item-check-ultraav-billing-keep = Check your bank or card statements for UltraAV charges
    .why = Kaspersky subscriptions moved to UltraAV with the same billing schedule: know what you will pay and when.
    .step-1 = Look through the last 12 months of statements for UltraAV or Pango.
    .step-2 = Note the renewal date and the price, so that no charge comes as a surprise.
item-check-ultraav-billing-elsewhere = Check what UltraAV charges you
    .why = UltraAV is on this computer. If it came with a subscription, know what it costs and when it renews.
    .step-1 = Look through the last 12 months of bank or card statements for UltraAV or Pango.
    .step-2 = If you do not want UltraAV, cancel its subscription in your UltraAV account or with UltraAV's support.

## Remove Kaspersky

item-uninstall-kaspersky-windows = Uninstall Kaspersky from this computer
    .why = { $updates }.
    .step-1 = Open Installed apps (Settings > Apps > Installed apps) and choose Uninstall beside each Kaspersky program, the anti-virus first.
    .step-2 = Follow its steps; when asked whether to keep license information or settings, you can choose not to keep them.
    .step-3 = If it asks for a Kaspersky password you do not know, use kavremover, Kaspersky's removal tool (the next item), instead: it does not need Safe Mode.
    .step-4 = Only if kavremover does not help: Kaspersky's password reset works in Safe Mode only. In Safe Mode a screen reader may not speak, so ask someone sighted to help with that part.
    .link = Open Installed apps
item-uninstall-kaspersky-windows-password = Uninstall Kaspersky from this computer
    .why = { $updates }. The check saw that Kaspersky's password protection is on, so uninstalling it asks for that password.
    .step-1 = Find the Kaspersky password before you start: whoever set up Kaspersky on this computer chose it.
    .step-2 = Open Installed apps (Settings > Apps > Installed apps) and choose Uninstall beside each Kaspersky program, the anti-virus first, and type the password when asked.
    .step-3 = Follow its steps; when asked whether to keep license information or settings, you can choose not to keep them.
    .step-4 = If nobody knows the password, use kavremover, Kaspersky's removal tool (the next item), instead: it does not need Safe Mode.
    .step-5 = Only if kavremover does not help: Kaspersky's password reset works in Safe Mode only. In Safe Mode a screen reader may not speak, so ask someone sighted to help with that part.
    .link = Open Installed apps
item-uninstall-kaspersky-mac = Uninstall Kaspersky from this Mac
    .why = { $updates }.
    .step-1 = Open the Kaspersky application's folder in Applications and run its uninstaller ("Uninstall Kaspersky").
    .step-2 = Follow its steps and enter your Mac password when asked.
item-uninstall-kaspersky-linux = Remove Kaspersky Endpoint Security from this computer
    .why = { $updates }.
    .step-1 = If your employer manages this computer, ask them first: they may remove it centrally.
    .step-2 = Otherwise remove the packages with your package manager, for example: sudo apt remove kesl kesl-gui (or sudo dnf remove kesl).
item-restart = Restart the computer
    .why = Removal finishes only after a restart.
    .step-1 = Save your work, then restart the computer.
item-kavremover = Only if the normal removal failed: use Kaspersky's removal tool
    .why = kavremover removes Kaspersky when the normal uninstall does not work.
    .step-1 = Download kavremover from Kaspersky's support site (the link opens the page).
    .step-2 = Run it, choose your Kaspersky product from the list and click Remove.
    .step-3 = Restart the computer when it finishes.
    .link = Open the kavremover page
item-remove-ultraav = Remove UltraAV with its own uninstaller
    .why = Other ways of removing UltraAV made it come back for some people.
    .step-1 = Start UltraAV's own uninstaller with the button below, or open Installed apps, find UltraAV and choose Uninstall.
    .step-2 = Do the same for UltraVPN if it is there and you do not use it.
    .link = Open Installed apps

## Turn on your new protection

item-keep-ultraav = Check that UltraAV is on and up to date
    .why = You chose to keep UltraAV; make sure it really protects this computer.
    .step-1 = Open UltraAV and check that protection is on and its updates are recent.
item-confirm-defender = Check that Microsoft Defender Antivirus is on
    .why = It is built into Windows and free. Windows should turn it on by itself once no other anti-virus is active, but it may not, so check.
    .step-1 = Open Windows Security and choose Virus & threat protection.
    .step-2 = If it says protection is off, click Turn on.
    .link = Open Windows Security
item-confirm-defender-policy = Check that Microsoft Defender Antivirus is on
    .why = It is built into Windows and free. The check saw a setting on this computer that may keep it off: Windows Security then says some settings are managed by your organization, and Turn on may be greyed out.
    .step-1 = Open Windows Security and choose Virus & threat protection. If it says protection is off and Turn on can be clicked, click it.
    .step-2 = If settings are managed by your organization and nobody manages this computer for you, a tweak tool or an old anti-virus may have made that setting: undo the change with the tool that made it.
    .step-3 = If an employer or a school manages this computer, ask them to turn Microsoft Defender Antivirus on.
    .step-4 = Then check this computer again: the check confirms when Microsoft Defender Antivirus is on.
    .link = Open Windows Security
item-update-defender = Update Microsoft Defender Antivirus
    .why = An anti-virus recognizes new threats only with current virus definitions.
    .step-1 = In Windows Security, under Virus & threat protection, find Protection updates and click Check for updates.
    .step-2 = Wait until it says the protection is up to date.
    .link = Open Windows Security
item-macos-updates = Keep macOS up to date
    .why = XProtect, the protection built into macOS, is kept current by Apple: with the system's updates, and on macOS 15 and later also in the background over iCloud.
    .step-1 = Open System Settings > General > Software Update and turn on automatic updates, including security responses and system files.
    .link = Open Software Update
item-install-clamav = Install ClamAV and its virus definitions
    .why = ClamAV is free and comes from your system's own packages.
    .step-1 = Install it, for example: sudo apt install clamav clamav-freshclam (or sudo dnf install clamav clamav-update).
    .step-2 = Then bring its definitions up to date: the next item shows how.
item-install-replacement = Install { $name } and turn it on
    .why = Install it only after the old anti-virus is removed, so two anti-virus programs never run at once.
    .step-1 = Run the installer you downloaded and follow its steps.
    .step-2 = Open the program and check that its protection is on.
item-install-replacement-linux = Install { $name } and turn it on
    .why = Install it only after the old anti-virus is removed, so two anti-virus programs never run at once.
    .step-1 = Install it the way its maker describes for your Linux distribution, usually a package from its website or its own package repository.
    .step-2 = Check that its protection is on.
item-get-protection = Install or turn on the anti-virus you choose
    .why = Only after the old anti-virus is removed, so two anti-virus programs never run at once.
    .step-1 = Built-in protection: turn it on as the Choose step describes.
    .step-2 = Another product: install it from its maker's own website, then turn it on.
item-install-replacement-now = Install { $name } and turn it on
    .why = The check found no other anti-virus on this computer, so there is nothing to remove first.
    .step-1 = Download it from its maker's own website: type the address yourself, or search for "{ $name }" and choose the maker's own site, not an advertisement.
    .step-2 = Run the installer, then open the program and check that its protection is on.
item-install-replacement-linux-now = Install { $name } and turn it on
    .why = The check found no other anti-virus on this computer, so there is nothing to remove first.
    .step-1 = Install it the way its maker describes for your Linux distribution, usually a package from its website or its own package repository.
    .step-2 = Check that its protection is on.
item-get-protection-now = Install or turn on the anti-virus you choose
    .why = The check found no other anti-virus on this computer, so there is nothing to remove first.
    .step-1 = Built-in protection: turn it on as the Choose step describes.
    .step-2 = Another product: install it from its maker's own website, then turn it on.
item-turn-on-protection = Make sure { $name } is on
    .why = It is already on this computer, and it protects only while it runs.
    .step-1 = Open { $name } and check that its protection is on; turn it on if it is off.
item-update-definitions = Bring { $name }'s virus definitions up to date
    .why = An anti-virus recognizes new threats only with current virus definitions.
    .step-1 = Open { $name } and start an update (often called Update or Check for updates).
    .step-2 = Check that it reports its definitions as up to date and that automatic updates are on.
item-update-clamav = Update ClamAV's virus definitions and keep them updating
    .why = ClamAV recognizes new threats only with current definitions, and nothing updates them unless a service fetches them.
    .step-1 = Debian or Ubuntu: run sudo freshclam once, then keep the clamav-freshclam service on so it fetches new ones every day: sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora: install the clamav-update package (sudo dnf install clamav-update), then run sudo freshclam.
    .step-3 = Scan a folder whenever you want, for example: clamscan -r ~/Downloads
item-keep-updating = Keep { $name } up to date
    .why = The last check found it on, with current virus definitions. It stays good protection only while its updates keep coming.
    .step-1 = Now and then, open { $name } and check that its last update is recent.
    .step-2 = Check this computer again in AV Switch from time to time.
item-keep-updating-defender = Keep Microsoft Defender Antivirus up to date
    .why = The last check found it on, with current virus definitions. It stays good protection only while its updates keep coming.
    .step-1 = Now and then, open Windows Security, choose Virus & threat protection, and under Protection updates check that the last update is recent; Check for updates fetches new ones.
    .step-2 = Check this computer again in AV Switch from time to time.
    .link = Open Windows Security

## Make sure it worked

item-check-again = Check this computer again in AV Switch
    .why = A check confirms that exactly one anti-virus is active, that it is up to date and that no Kaspersky program is left.
    .step-1 = In AV Switch, go to the Check step and click Check again. After an uninstaller or a settings page, AV Switch also checks again by itself once its window is back in front.
    .link = Open the Check step

item-check-again-keeping = Check this computer again in AV Switch
    .why = A check confirms that exactly one anti-virus is active and that it is up to date.
    .step-1 = Once your protection is on and updated, go to the Check step and click Check again.
    .link = Open the Check step

## Other devices

item-android-remove = Uninstall Kaspersky from the Android device
    .why = { $updates }. Google Play no longer offers Kaspersky's apps anywhere, so they cannot be updated or reinstalled from there.
    .step-1 = Open Settings > Apps, choose each Kaspersky app and tap Uninstall.
    .step-2 = If Android refuses, first open Settings > Security > Device admin apps and switch Kaspersky off there.
item-android-check = Check how Kaspersky on the Android device gets its updates
    .why = Google Play removed Kaspersky's apps worldwide, so they can no longer be updated or reinstalled from there. Outside the U.S., Kaspersky says apps already installed keep working and updating their databases, and points to other app stores or its own website.
    .step-1 = Open the Kaspersky app and look at when it last updated.
    .step-2 = If it no longer updates, uninstall it in Settings > Apps and make sure Google Play Protect is on (Play Store > your profile picture > Play Protect).
item-android-protect = Choose protection for the Android device
    .why = Google Play Protect is built into Android; a security app from Google Play can add to it.
    .step-1 = Open the Play Store, tap your profile picture, choose Play Protect and make sure scanning is on.
item-iphone-remove = Delete the Kaspersky apps from the iPhone or iPad
    .why = { $updates }.
    .step-1 = Touch and hold each Kaspersky app's icon, choose Remove App, then Delete App.
    .step-2 = Cancel any Kaspersky subscription in Settings > your name > Subscriptions.
item-mac-remove = Uninstall Kaspersky from the Mac
    .why = { $updates }.
    .step-1 = Open the Kaspersky folder in Applications and run "Uninstall Kaspersky".
    .step-2 = Run AV Switch on the Mac too for a list made for it.
item-pc-remove = Switch the other PC too
    .why = { $updates }. The same holds on every computer.
    .step-1 = Run AV Switch on that PC: it checks it and makes a list for it.

## Kaspersky's other apps

item-import-passwords = Import your passwords into your new password manager
    .why = Kaspersky Password Manager is a Kaspersky product too, and your passwords should be safe in the new one before anything is removed.
    .step-1 = Choose a password manager; your web browser's built-in one is a free option.
    .step-2 = Find its import page: it says which files it reads, and some read Kaspersky's text file directly.
    .step-3 = Import the file and check a few logins.

## What removed programs left behind (one item per kind the check found)

item-leftover-certificate-windows = Remove Kaspersky's certificate from the trusted list
    .why = Kaspersky added its own root certificate so it could look inside secure (HTTPS) connections. With Kaspersky gone, nothing keeps that certificate up to date, yet Windows still trusts it.
    .step-1 = Press the Windows key, type "Manage computer certificates" and open it. Windows asks for an administrator's permission.
    .step-2 = Open "Trusted Root Certification Authorities", then "Certificates".
    .step-3 = Find "Kaspersky Anti-Virus Personal Root Certificate", right-click it, choose Delete and confirm with Yes.
    .step-4 = Do the same in "Manage user certificates" if the certificate is listed there too.
    .step-5 = Firefox, if it is listed, trusts what Windows trusts: once the certificate is gone from Windows, Firefox no longer trusts it either.
item-leftover-certificate-mac = Remove Kaspersky's certificate from the System keychain
    .why = Kaspersky added its own root certificate so it could look inside secure (HTTPS) connections. With Kaspersky gone, nothing keeps that certificate up to date, yet the Mac still trusts it.
    .step-1 = Open Keychain Access (in Applications > Utilities).
    .step-2 = Choose the System keychain on the left, then the Certificates tab.
    .step-3 = Find "Kaspersky Web Anti-Virus Certification Authority", Control-click it, choose Delete and enter your password when asked.
item-leftover-extension = Remove the Kaspersky Protection extension from your browsers
    .why = Kaspersky's uninstaller can leave its browser extension behind. Without Kaspersky it does nothing useful and gets no more updates.
    .step-1 = Open the extensions page of each browser listed under "Left behind" in the Check step: chrome://extensions in Google Chrome, edge://extensions in Microsoft Edge, about:addons in Firefox.
    .step-2 = Find Kaspersky Protection and click Remove.
    .step-3 = Do this in every profile listed there, then check again.
item-leftover-services-windows = Remove Kaspersky's leftover services and drivers with kavremover
    .why = Services and drivers that outlive Kaspersky, most of all those whose files are gone, have been reported to stop Windows feature upgrades.
    .step-1 = Download kavremover from Kaspersky's support site (the link opens the page).
    .step-2 = Run it, choose the Kaspersky product you had and click Remove.
    .step-3 = Restart the computer.
    .link = Open the kavremover page
item-leftover-services-mac = Remove Kaspersky's leftover background items
    .why = These files would start parts of Kaspersky that are no longer there every time the Mac starts or someone logs in.
    .step-1 = In Finder, choose Go > Go to Folder and open each folder listed under "Left behind" in the Check step (for example /Library/LaunchAgents).
    .step-2 = Move the files whose names start with "com.kaspersky" to the Trash, and enter your password if asked.
    .step-3 = Restart the Mac.
item-leftover-registry = Remove Kaspersky's leftover settings with kavremover
    .why = Kaspersky's settings in the registry can stay after it is removed, and have been reported to get in the way of Windows upgrades. kavremover clears them safely; changing the registry by hand is risky.
    .step-1 = Run kavremover as the item about services explains, or download it now with the link, choose the Kaspersky product you had and click Remove.
    .step-2 = Restart the computer.
    .link = Open the kavremover page
item-leftover-folders-windows = Remove Kaspersky's leftover folders
    .why = These folders hold Kaspersky's old files and settings. They take up space and no longer serve any purpose.
    .step-1 = If kavremover is on your list, run it first: it removes most of them.
    .step-2 = If a folder listed under "Left behind" in the Check step is still there, open File Explorer, go to it and delete it. Windows asks for an administrator's permission.
item-leftover-folders-mac = Remove Kaspersky's leftover folders
    .why = These folders hold Kaspersky's old files and settings. They take up space and no longer serve any purpose.
    .step-1 = In Finder, choose Go > Go to Folder and type the folder's location shown under "Left behind" in the Check step.
    .step-2 = Move the "Kaspersky Lab" folder to the Trash, enter your password if asked, and empty the Trash.
item-leftover-registration = Nothing to uninstall: Windows still lists a removed anti-virus
    .why = Windows Security Center still names a Kaspersky or UltraAV anti-virus that is no longer installed. It is a registration left behind, not a program: uninstalling again cannot help, and it does not protect this computer.
    .step-1 = Do not try to uninstall it again, and do not install it again to remove it.
    .step-2 = If other parts of Kaspersky are listed here, remove them first with the items below, then restart the computer.
    .step-3 = If Windows Security still names it after that, the sources below explain how such an entry is cleared; on a computer someone else manages, ask them.
    .step-4 = Check this computer again: this item is confirmed once Security Center no longer lists it.
section-remove-ultraav = Remove UltraAV
section-remove-both = Remove Kaspersky and UltraAV
section-windows-10 = This computer's Windows
action-uninstall = Open the uninstaller of { $name }
action-open-uninstaller-mac = Open Kaspersky's uninstaller
action-show-applications = Show Applications in Finder
action-copy-command = Copy the command
item-ask-it = Ask whoever manages this computer before removing anything
    .why = { $updates }. This computer's Kaspersky is managed by an employer or its IT department (an edition made for organisations, or one only an administrator may remove), and they may be replacing it themselves.
    .step-1 = Ask your employer's IT department, or whoever set up this computer, whether they are replacing Kaspersky and what you should do.
    .step-2 = Remove nothing yourself unless they tell you to, and follow their instructions.
    .step-3 = Afterwards, check this computer again in AV Switch: it confirms when Kaspersky is gone.
item-uninstall-managed = Have Kaspersky removed as whoever manages this computer says
    .why = { $updates }.
    .step-1 = Follow the instructions of your employer's IT department: they may remove it centrally, or give you the steps.
item-delete-export = Delete the exported password file
    .why = It holds every password in plain text, readable by anyone who opens it.
    .step-1 = Once the import worked, delete the file, empty the Recycle Bin or Trash, and delete any copy, for example on the USB stick.
item-replace-vpn-covered = Replace Kaspersky VPN Secure Connection
    .why = Kaspersky's VPN is part of the ban too.
    .step-1 = Decide whether you still need a VPN; many people use one only on public Wi-Fi.
    .step-2 = If you do, choose another, then uninstall Kaspersky VPN on every device and cancel its subscription.
item-replace-vpn-unknown = Replace Kaspersky VPN Secure Connection
    .why = If the U.S. ban covers you, it covers Kaspersky's VPN too.
    .step-1 = Decide whether you still need a VPN; many people use one only on public Wi-Fi.
    .step-2 = If you do, choose another, then uninstall Kaspersky VPN on every device and cancel its subscription.
item-replace-vpn-chosen = Replace Kaspersky VPN Secure Connection
    .why = You are switching away from Kaspersky, and its VPN is a Kaspersky product too.
    .step-1 = Decide whether you still need a VPN; many people use one only on public Wi-Fi.
    .step-2 = If you do, choose another, then uninstall Kaspersky VPN on every device and cancel its subscription.
item-replace-safe-kids-covered = Replace Kaspersky Safe Kids
    .why = Kaspersky Safe Kids is part of the ban too.
    .step-1 = Set up the parental controls built into your devices (Family Link on Android, Screen Time on iPhone and Mac, Microsoft Family Safety on Windows).
    .step-2 = Then uninstall Kaspersky Safe Kids from your children's devices and yours.
item-replace-safe-kids-unknown = Replace Kaspersky Safe Kids
    .why = If the U.S. ban covers you, it covers Kaspersky Safe Kids too.
    .step-1 = Set up the parental controls built into your devices (Family Link on Android, Screen Time on iPhone and Mac, Microsoft Family Safety on Windows).
    .step-2 = Then uninstall Kaspersky Safe Kids from your children's devices and yours.
item-replace-safe-kids-chosen = Replace Kaspersky Safe Kids
    .why = You are switching away from Kaspersky, and Safe Kids is a Kaspersky product too.
    .step-1 = Set up the parental controls built into your devices (Family Link on Android, Screen Time on iPhone and Mac, Microsoft Family Safety on Windows).
    .step-2 = Then uninstall Kaspersky Safe Kids from your children's devices and yours.
item-leftover-registry-with-services = Remove Kaspersky's leftover settings too
    .why = Kaspersky's settings in the registry can stay after it is removed, and have been reported to get in the way of Windows upgrades. Changing the registry by hand is risky.
    .step-1 = The kavremover run for the services and drivers above clears these settings as well: nothing more to do by hand.
item-windows-10 = Keep Windows 10 getting security updates
    .why = This computer runs Windows 10, whose support ended on { $support_end }. It gets security updates only if it is enrolled in Extended Security Updates (ESU), which Microsoft extended for home users to { $esu_end }. Microsoft Defender Antivirus still gets new virus definitions on Windows 10 through October 2028, but Microsoft says a Windows 10 computer is more at risk even with them.
    .step-1 = Open Settings > Windows Update. It says whether this computer is enrolled in Extended Security Updates; if it is, nothing more is needed until { $esu_end }.
    .step-2 = If it is not enrolled and Windows Update offers enrolment, follow its steps (it asks for a Microsoft account). Enrolment is open until { $esu_end }, but not offered everywhere.
    .step-3 = If this computer can run Windows 11, Microsoft recommends upgrading to it: Windows Update also shows whether it can.
    .step-4 = If it can do neither, keep its anti-virus up to date, be careful with e-mail attachments and downloads, and plan to replace the computer before { $esu_end }.
