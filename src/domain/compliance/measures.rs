//! The measures the findings recommend, in plain German and English, one constant per case.

// Where an answer is unknown, the text says what to check. The wording follows
// `reference/rules.md`; the id in a constant's name is the rule that uses it.

use crate::domain::StaticText;

/// A measure in both languages, fixed at compile time.
pub(super) type Measure = StaticText;

pub(super) const R01_DISCONTINUED: Measure = Measure {
    de: "Das Tool wird nicht mehr angeboten oder gepflegt und erhält keine Sicherheitsupdates mehr. Wählen Sie ein gepflegtes Tool und stellen Sie Ihre Besprechungen darauf um.",
    en: "The tool is no longer offered or maintained and receives no security updates. Choose a maintained tool and move your meetings to it.",
};

pub(super) const R01_UNKNOWN: Measure = Measure {
    de: "Prüfen Sie, ob das Tool noch angeboten wird und Sicherheitsupdates erhält (Website des Anbieters, Versionshinweise). Ohne Updates ist es nicht sicher nutzbar; wählen Sie dann ein gepflegtes Tool.",
    en: "Check that the tool is still offered and receives security updates (vendor website, release notes). Without updates it cannot be used securely; if so, choose a maintained tool.",
};

pub(super) const R02_NO: Measure = Measure {
    de: "Die Nutzungsbedingungen Ihres Tarifs erlauben keine geschäftliche Nutzung. Wechseln Sie zu einem Business-Tarif, dessen Bedingungen die Nutzung durch Unternehmen ausdrücklich erlauben.",
    en: "The terms of your plan do not allow business use. Switch to a business plan whose terms expressly allow use by companies.",
};

pub(super) const R02_UNKNOWN: Measure = Measure {
    de: "Prüfen Sie in den Nutzungsbedingungen Ihres Tarifs, ob die geschäftliche Nutzung erlaubt ist – kostenlose und private Tarife schließen sie oft aus. Nutzen Sie sonst einen Business-Tarif.",
    en: "Check in the terms of your plan that business use is allowed – free and personal plans often exclude it. Otherwise use a business plan.",
};

pub(super) const R03_NO: Measure = Measure {
    de: "Schließen Sie mit dem Anbieter (bzw. dem Hoster oder Wartungsdienstleister) einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 Abs. 3 DSGVO ab und prüfen Sie ihn gegen Art. 28 Abs. 3 lit. a–h: keine Klauseln, die eine Nutzung für eigene Zwecke erlauben, echte Kontroll- und Prüfrechte. Der AVV ist für jede Nutzung eines gehosteten Dienstes nötig, nicht nur für Webinare, wie der Ausgangsartikel schreibt. Ohne AVV ist die Nutzung nicht zulässig.",
    en: "Conclude a data processing agreement (AVV) under Art. 28(3) GDPR with the provider (or the hoster or maintenance contractor) and check it against Art. 28(3)(a)–(h): no clauses allowing use for the provider's own purposes, real audit rights. The AVV is needed for every use of a hosted service, not only for webinars as the source article says. Without it, use is not lawful.",
};

pub(super) const R03_UNKNOWN: Measure = Measure {
    de: "Klären Sie, ob mit dem Anbieter (bzw. dem Hoster oder Wartungsdienstleister) ein Auftragsverarbeitungsvertrag (AVV) nach Art. 28 Abs. 3 DSGVO besteht, und prüfen Sie ihn gegen Art. 28 Abs. 3 lit. a–h: keine Nutzung für eigene Zwecke, echte Kontroll- und Prüfrechte. Der AVV ist für jede Nutzung eines gehosteten Dienstes nötig, nicht nur für Webinare, wie der Ausgangsartikel schreibt.",
    en: "Find out whether a data processing agreement (AVV) under Art. 28(3) GDPR is in place with the provider (or the hoster or maintenance contractor), and check it against Art. 28(3)(a)–(h): no use for the provider's own purposes, real audit rights. The AVV is needed for every use of a hosted service, not only for webinars as the source article says.",
};

pub(super) const R04_YES: Measure = Measure {
    de: "Der Anbieter nutzt Inhalte, Metadaten oder Telemetrie für eigene Zwecke. Schließen Sie das per Vertrag oder Einstellung aus. Sonst ist er insoweit selbst Verantwortlicher (Art. 28 Abs. 10 DSGVO) und braucht eine eigene Rechtsgrundlage – nutzen Sie das Tool dann nicht.",
    en: "The provider uses content, metadata or telemetry for its own purposes. Exclude this by contract or settings. Otherwise the provider is a controller for that use (Art. 28(10) GDPR) and needs its own legal basis – then do not use the tool.",
};

pub(super) const R04_UNKNOWN: Measure = Measure {
    de: "Prüfen Sie in AVV und Datenschutzbestimmungen, ob der Anbieter Inhalte, Metadaten oder Telemetrie über Abrechnung und gesetzliche Pflichten hinaus für eigene Zwecke nutzt (z. B. Produktverbesserung, KI-Training, Werbung), und schließen Sie das aus.",
    en: "Check the AVV and the privacy terms for whether the provider uses content, metadata or telemetry for its own purposes beyond billing and legal duties (e.g. product improvement, AI training, advertising), and exclude it.",
};

pub(super) const R05_SELF_HOSTED: Measure = Measure {
    de: "Sie betreiben das System selbst auf eigener Hardware mit eigenem Personal: Ein AVV mit einem Anbieter ist nicht nötig. Planen Sie Personal, Sicherheitsupdates und technische Schutzmaßnahmen ein. Mieten Sie Server oder lassen Sie extern warten, brauchen Sie dafür wieder einen AVV (R03).",
    en: "You run the system yourself on your own hardware with your own staff: no AVV with a provider is needed. Plan for staff, security updates and technical safeguards. Rented servers or external maintenance bring the AVV back (R03).",
};

pub(super) const R06_NONE: Measure = Measure {
    de: "Personenbezogene Daten gehen in ein Drittland (Anbieter, Server, Unterauftragsverarbeiter oder Support-/Admin-Zugriff), ohne dass die Übermittlung abgesichert ist. Sichern Sie jede solche Übermittlung ab, auch zu Unterauftragsverarbeitern und bei Fernzugriff: DPF-Zertifizierung des Empfängers, Standardvertragsklauseln mit Transfer-Folgenabschätzung oder verbindliche interne Datenschutzvorschriften (BCR). Bis dahin nicht nutzen.",
    en: "Personal data goes to a third country (provider, servers, sub-processors or support/admin access) without the transfer being secured. Secure every such transfer, including to sub-processors and by remote access: DPF certification of the recipient, standard contractual clauses with a transfer impact assessment, or binding corporate rules (BCR). Do not use the tool until then.",
};

pub(super) const R06_UNKNOWN: Measure = Measure {
    de: "Personenbezogene Daten gehen in ein Drittland (Anbieter, Server, Unterauftragsverarbeiter oder Support-/Admin-Zugriff). Klären Sie, worauf jede dieser Übermittlungen gestützt ist – DPF-Zertifizierung des Empfängers, Standardvertragsklauseln mit Transfer-Folgenabschätzung oder BCR –, auch bei Unterauftragsverarbeitern und Fernzugriff.",
    en: "Personal data goes to a third country (provider, servers, sub-processors or support/admin access). Find out what each of these transfers relies on – DPF certification of the recipient, standard contractual clauses with a transfer impact assessment, or BCR – including sub-processors and remote access.",
};

pub(super) const R06_LOCATION_UNKNOWN: Measure = Measure {
    de: "Wo Anbieter und Server sitzen, ist nicht bekannt. Klären Sie den Sitz von Anbieter, Servern, Unterauftragsverarbeitern und Support. Liegt davon etwas in einem Drittland, sichern Sie die Übermittlung ab: DPF-Zertifizierung des Empfängers, Standardvertragsklauseln mit Transfer-Folgenabschätzung oder BCR.",
    en: "Where the provider and its servers are is not known. Find out where the provider, servers, sub-processors and support are. If any of them is in a third country, secure the transfer: DPF certification of the recipient, standard contractual clauses with a transfer impact assessment, or BCR.",
};

pub(super) const R07_CHECK: Measure = Measure {
    de: "Prüfen Sie auf der DPF-Liste (dataprivacyframework.gov), ob genau die Gesellschaft, die die Daten empfängt, aktiv zertifiziert ist (für Beschäftigtendaten mit HR-Daten), halten Sie Gesellschaft und Prüfdatum fest und wiederholen Sie die Prüfung mindestens jährlich. Vereinbaren Sie im AVV zusätzlich Standardvertragsklauseln mit dokumentierter Transfer-Folgenabschätzung: Das EuG hat den DPF am 03.09.2025 bestätigt (T-553/23), das Rechtsmittel C-703/25 P beim EuGH ist anhängig.",
    en: "Check on the DPF list (dataprivacyframework.gov) that exactly the entity receiving the data is actively certified (for employee data, with HR data covered), record the entity and the date, and repeat the check at least yearly. Also keep standard contractual clauses with a documented transfer impact assessment in the AVV: the General Court upheld the DPF on 3 Sep 2025 (T-553/23), and the appeal C-703/25 P is pending at the Court of Justice.",
};

pub(super) const R07_CHECKED: Measure = Measure {
    de: "Die DPF-Zertifizierung des Empfängers ist geprüft und dokumentiert. Wiederholen Sie die Prüfung mindestens jährlich und halten Sie Standardvertragsklauseln mit dokumentierter Transfer-Folgenabschätzung im AVV bereit: Das EuG hat den DPF am 03.09.2025 bestätigt (T-553/23), das Rechtsmittel C-703/25 P ist anhängig.",
    en: "The recipient's DPF certification is checked and recorded. Repeat the check at least yearly and keep standard contractual clauses with a documented transfer impact assessment in the AVV: the General Court upheld the DPF on 3 Sep 2025 (T-553/23), and the appeal C-703/25 P is pending.",
};

pub(super) const R08_OPEN: Measure = Measure {
    de: "Stützen Sie die Übermittlung auf die Standardvertragsklauseln 2021/914 und dokumentieren Sie eine Transfer-Folgenabschätzung (TIA) mit den nötigen zusätzlichen Maßnahmen, z. B. Verschlüsselung mit Schlüsseln nur bei Ihnen (EDSA-Empfehlungen 01/2020). Prüfen Sie, ob es diese Abschätzung schon gibt.",
    en: "Base the transfer on the standard contractual clauses 2021/914 and document a transfer impact assessment (TIA) with the supplementary measures it calls for, e.g. encryption with keys only you hold (EDPB Recommendations 01/2020). Check whether such an assessment already exists.",
};

pub(super) const R08_DONE: Measure = Measure {
    de: "Standardvertragsklauseln mit dokumentierter Transfer-Folgenabschätzung liegen vor. Aktualisieren Sie die Abschätzung, wenn sich Rechtslage, Empfänger oder Unterauftragsverarbeiter ändern.",
    en: "Standard contractual clauses with a documented transfer impact assessment are in place. Update the assessment when the law, the recipient or the sub-processors change.",
};

pub(super) const R09_UNKNOWN: Measure = Measure {
    de: "Ihr Vertragspartner sitzt im EWR, seine Muttergesellschaft in einem Drittland. Klären Sie, ob Zugriffe der Konzernmutter und ausländischer Behörden (z. B. nach dem US CLOUD Act) vertraglich und technisch ausgeschlossen sind, und dokumentieren Sie Ihre Bewertung.",
    en: "Your contracting party is in the EEA, its parent company in a third country. Find out whether access by the parent company and by foreign authorities (e.g. under the US CLOUD Act) is excluded by contract and technically, and document your assessment.",
};

pub(super) const R09_EXCLUDED: Measure = Measure {
    de: "Zugriffe der Konzernmutter sind nach Ihren Angaben ausgeschlossen. Halten Sie Ihre Bewertung ausländischer Behördenzugriffe (z. B. US CLOUD Act) dokumentiert und aktuell.",
    en: "Access by the parent company is excluded, as you state. Keep your assessment of foreign authorities' access (e.g. US CLOUD Act) documented and up to date.",
};

pub(super) const R09_NOT_EXCLUDED: Measure = Measure {
    de: "Die Konzernmutter im Drittland kann zugreifen. Das wird hier als Drittlandübermittlung behandelt (R06): Sichern Sie sie ab und dokumentieren Sie Ihre Bewertung ausländischer Behördenzugriffe (z. B. US CLOUD Act).",
    en: "The parent company in a third country can access the data. This is treated as a third-country transfer here (R06): secure it, and document your assessment of foreign authorities' access (e.g. US CLOUD Act).",
};

pub(super) const R10_NO: Measure = Measure {
    de: "Die Übertragung ist nicht verschlüsselt. Transportverschlüsselung nach dem Stand der Technik (TLS für die Signalisierung, SRTP/DTLS für Ton und Bild, nach BSI TR-02102) ist das Minimum – ohne sie das Tool nicht nutzen.",
    en: "Transmission is not encrypted. State-of-the-art transport encryption (TLS for signalling, SRTP/DTLS for audio and video, per BSI TR-02102) is the minimum – do not use the tool without it.",
};

pub(super) const R10_UNKNOWN: Measure = Measure {
    de: "Prüfen Sie, ob Signalisierung sowie Ton und Bild nach dem Stand der Technik transportverschlüsselt sind (TLS bzw. SRTP/DTLS nach BSI TR-02102), z. B. im Sicherheits-Whitepaper des Anbieters oder in Ihrer Serverkonfiguration.",
    en: "Check that signalling, audio and video use state-of-the-art transport encryption (TLS and SRTP/DTLS per BSI TR-02102), e.g. in the provider's security white paper or your server configuration.",
};

pub(super) const R11_E2E_IDEAL: Measure = Measure {
    de: "Transportverschlüsselung ist das Minimum, Ende-zu-Ende-Verschlüsselung (E2E) das Ideal. Für dieses Tool ist keine E2E bestätigt; schalten Sie sie ein, wo sie angeboten wird.",
    en: "Transport encryption is the minimum, end-to-end encryption (E2E) the ideal. E2E is not confirmed for this tool; switch it on where it is offered.",
};

pub(super) const R12_ART9_HOSTED: Measure = Measure {
    de: "Sie wollen besondere Kategorien personenbezogener Daten (Art. 9 DSGVO, z. B. Gesundheitsdaten) besprechen, aber für dieses Tool ist keine Ende-zu-Ende-Verschlüsselung bestätigt. Nutzen Sie echte E2E-Verschlüsselung (die Endgeräte authentisieren sich gegenseitig, der Betreiber sieht die Schlüssel nie) oder ein selbst betriebenes System mit Datenschutz-Folgenabschätzung – besser noch: Besprechen Sie solche Daten gar nicht per Videokonferenz. Vertragsärztinnen und -ärzte: nur zertifizierte Videosprechstundendienste.",
    en: "You want to discuss special categories of personal data (Art. 9 GDPR, e.g. health data), but end-to-end encryption is not confirmed for this tool. Use real E2E encryption (endpoints authenticate each other, the operator never sees the keys) or a system you run yourself with a data protection impact assessment – better still, do not discuss such data by video conference at all. Contract physicians: only certified video-consultation services.",
};

pub(super) const R12_ART9_SELF_HOSTED: Measure = Measure {
    de: "Sie wollen besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) besprechen, und für dieses Tool ist keine Ende-zu-Ende-Verschlüsselung bestätigt. Im Eigenbetrieb geht das nur mit einer Datenschutz-Folgenabschätzung und strengen Zugriffsbeschränkungen auf den Servern; schalten Sie E2E ein, wo möglich – besser noch: Besprechen Sie solche Daten gar nicht per Videokonferenz. Vertragsärztinnen und -ärzte: nur zertifizierte Videosprechstundendienste.",
    en: "You want to discuss special categories of personal data (Art. 9 GDPR), and end-to-end encryption is not confirmed for this tool. Running it yourself, this needs a data protection impact assessment and strict access limits on the servers; switch on E2E where possible – better still, do not discuss such data by video conference at all. Contract physicians: only certified video-consultation services.",
};

pub(super) const R12_CONFIDENTIAL: Measure = Measure {
    de: "Sie wollen vertrauliche Geschäftsinformationen besprechen, aber für dieses Tool ist keine Ende-zu-Ende-Verschlüsselung bestätigt. Geschäftsgeheimnisse brauchen angemessene Geheimhaltungsmaßnahmen (§ 2 Nr. 1 b GeschGehG): Nutzen Sie E2E oder ein eigenes System, oder besprechen Sie solche Informationen nicht per Videokonferenz.",
    en: "You want to discuss confidential business information, but end-to-end encryption is not confirmed for this tool. Trade secrets need reasonable secrecy measures (§ 2 No. 1 b GeschGehG): use E2E or your own system, or do not discuss such information by video conference.",
};

pub(super) const R13_E2E_VS_CLOUD: Measure = Measure {
    de: "Ende-zu-Ende-Modi schalten Cloud-Aufzeichnung und Transkription ab (so bei Zoom, Teams und Webex). Zeichnen Sie, wenn nötig, lokal und mit Einwilligung auf – oder gar nicht.",
    en: "End-to-end modes switch off cloud recording and transcription (as in Zoom, Teams and Webex). If you must record, record locally with consent – or not at all.",
};

pub(super) const R14_PRIVACY_NOTICE: Measure = Measure {
    de: "Informieren Sie die Teilnehmenden vor dem Termin nach Art. 13 DSGVO (Zwecke, Rechtsgrundlage, Anbieter, Speicherdauer, Rechte) – bei Webinaren und externen Gästen in der Einladung oder auf der Anmeldeseite. Prüfen Sie, ob Ihre Datenschutzhinweise die Videokonferenzen schon abdecken.",
    en: "Inform participants before the meeting under Art. 13 GDPR (purposes, legal basis, provider, retention, rights) – for webinars and external guests in the invitation or on the registration page. Check whether your privacy notice already covers video conferencing.",
};

pub(super) const R15_RECORD_OF_PROCESSING: Measure = Measure {
    de: "Nehmen Sie die Videokonferenzen in Ihr Verzeichnis von Verarbeitungstätigkeiten (VVT, Art. 30 DSGVO) auf, oder prüfen Sie, ob der Eintrag das Tool und den Anbieter aktuell nennt.",
    en: "Add video conferencing to your record of processing activities (VVT, Art. 30 GDPR), or check that the entry names the current tool and provider.",
};

pub(super) const R16_THRESHOLD: Measure = Measure {
    de: "Prüfen Sie anhand der DSFA-Muss-Liste der Datenschutzaufsicht, ob eine Datenschutz-Folgenabschätzung (Art. 35 DSGVO) nötig ist, dokumentieren Sie diese Schwellwertprüfung, und führen Sie die DSFA durch, wo sie nötig ist.",
    en: "Check against the supervisory authorities' DPIA must-list whether a data protection impact assessment (Art. 35 GDPR) is needed, document this threshold check, and carry out the DPIA where it is needed.",
};

pub(super) const R16_LIKELY: Measure = Measure {
    de: "Ihr Szenario (besondere Kategorien nach Art. 9, Berufsgeheimnisse, Überwachung von Beschäftigten oder KI-Auswertung) macht eine Datenschutz-Folgenabschätzung (Art. 35 DSGVO) wahrscheinlich erforderlich. Führen Sie sie vor dem Einsatz durch und dokumentieren Sie sie.",
    en: "Your scenario (special categories under Art. 9, professional secrets, monitoring of employees or AI analysis) makes a data protection impact assessment (Art. 35 GDPR) likely to be required. Carry it out before use and document it.",
};

pub(super) const R17_NO_BASIS: Measure = Measure {
    de: "Sie planen Aufzeichnung oder KI-Transkription ohne Rechtsgrundlage – zeichnen Sie so nicht auf. In der Regel braucht es die Einwilligung jeder teilnehmenden Person (bei Beschäftigten selten freiwillig); die Aufzeichnung muss angekündigt sein, darf nie voreingestellt sein und braucht ein Löschdatum. Heimliche Aufnahmen des nichtöffentlich gesprochenen Wortes können strafbar sein (§ 201 StGB).",
    en: "You plan recording or AI transcription without a legal basis – do not record like this. As a rule it needs each participant's consent (rarely voluntary for employees); recording must be announced, never on by default, and have a deletion date. Secretly recording words spoken in private can be a criminal offence (§ 201 StGB).",
};

pub(super) const R17_CONSENT: Measure = Measure {
    de: "Zeichnen Sie nur auf, wenn es nötig ist: mit der Einwilligung jeder teilnehmenden Person (bei Beschäftigten selten freiwillig), vorher angekündigt, nie voreingestellt und mit festem Löschdatum. Schalten Sie eigene Aufnahmen der Teilnehmenden ab. Heimliche Aufnahmen können strafbar sein (§ 201 StGB).",
    en: "Record only when needed: with each participant's consent (rarely voluntary for employees), announced in advance, never on by default, and with a fixed deletion date. Switch off participants' own recording. Secret recording can be a criminal offence (§ 201 StGB).",
};

pub(super) const R17_LEGITIMATE_INTEREST: Measure = Measure {
    de: "Ein berechtigtes Interesse trägt eine Aufzeichnung nur bei offenen Veranstaltungen, im Einzelfall abgewogen und dokumentiert; sonst braucht es die Einwilligung jeder teilnehmenden Person. Kündigen Sie die Aufzeichnung an, schalten Sie sie nie voreingestellt ein, legen Sie ein Löschdatum fest und schalten Sie eigene Aufnahmen der Teilnehmenden ab (§ 201 StGB).",
    en: "Legitimate interest supports recording only for open events, weighed case by case and documented; otherwise each participant's consent is needed. Announce the recording, never switch it on by default, set a deletion date and switch off participants' own recording (§ 201 StGB).",
};

pub(super) const R17_UNKNOWN: Measure = Measure {
    de: "Klären Sie, auf welche Rechtsgrundlage Sie Aufzeichnung oder KI-Transkription stützen – in der Regel die Einwilligung jeder teilnehmenden Person (bei Beschäftigten selten freiwillig). Zeichnen Sie nur auf, wenn es nötig ist, angekündigt, nie voreingestellt und mit Löschdatum; heimliche Aufnahmen können strafbar sein (§ 201 StGB).",
    en: "Find out which legal basis your recording or AI transcription relies on – as a rule each participant's consent (rarely voluntary for employees). Record only when needed, announced, never on by default and with a deletion date; secret recording can be a criminal offence (§ 201 StGB).",
};

pub(super) const R18_WORKS_COUNCIL: Measure = Measure {
    de: "Beteiligen Sie den Betriebsrat vor der Einführung (Mitbestimmung nach § 87 Abs. 1 Nr. 6 BetrVG). Stützen Sie die Verarbeitung von Beschäftigtendaten auf Art. 6 Abs. 1 bzw. Art. 88 DSGVO oder auf eine Betriebsvereinbarung, die selbst Art. 5, 6 und 9 DSGVO einhält – nicht auf § 26 Abs. 1 BDSG (EuGH C-34/21).",
    en: "Involve the works council before introducing the tool (co-determination under § 87(1) No. 6 BetrVG). Base the processing of employee data on Art. 6(1) or Art. 88 GDPR, or on a works agreement that itself meets Art. 5, 6 and 9 GDPR – not on § 26(1) BDSG (CJEU C-34/21).",
};

pub(super) const R19_TRACKING: Measure = Measure {
    de: "Schalten Sie Tracking und Telemetrie im Dienst (Admin-Konsole) und in den Clients ab, oder prüfen Sie, ob das schon geschehen ist. Was Informationen auf Endgeräten speichert oder ausliest, ohne unbedingt nötig zu sein, braucht sonst eine Einwilligung (§ 25 TDDDG).",
    en: "Switch off tracking and telemetry in the service (admin console) and in the clients, or check that this is already done. Anything that stores or reads information on devices without being strictly necessary otherwise needs consent (§ 25 TDDDG).",
};

pub(super) const R20_CHAT_HISTORY: Measure = Measure {
    de: "Schalten Sie das Speichern von Chatverläufen ab oder setzen Sie eine kurze Speicherfrist, und prüfen Sie die aktuelle Einstellung.",
    en: "Switch off storing chat histories or set a short retention period, and check the current setting.",
};

pub(super) const R21_ACCESS_DATA: Measure = Measure {
    de: "Schützen Sie Besprechungen mit Passwort oder PIN und senden Sie diese getrennt vom Einladungslink (z. B. in einer zweiten Nachricht oder per Telefon).",
    en: "Protect meetings with a password or PIN and send it separately from the invitation link (e.g. in a second message or by phone).",
};

pub(super) const R22_SCREEN_SHARING: Measure = Measure {
    de: "Stellen Sie ein, dass nur Moderierende ihren Bildschirm teilen dürfen – nicht jede teilnehmende Person.",
    en: "Set screen sharing so that only hosts can share their screen – not every participant.",
};

pub(super) const R23_WAITING_ROOM: Measure = Measure {
    de: "Lassen Sie Gäste über einen Warteraum (Lobby) ein und sperren Sie laufende Besprechungen, sobald alle da sind.",
    en: "Admit guests through a waiting room (lobby) and lock running meetings once everyone is there.",
};

pub(super) const R24_FROM_HOME: Measure = Measure {
    de: "Teilnehmende wählen sich von zu Hause ein, und für dieses Tool ist kein Weichzeichner bestätigt. Bieten Sie einen Hintergrund-Weichzeichner oder -Ersatz an und stellen Sie Kamera und Mikrofon beim Beitritt auf „aus“.",
    en: "Participants join from home, and background blur is not confirmed for this tool. Offer background blur or replacement, and have camera and microphone off when joining.",
};

pub(super) const R25_JOINT_WEBINAR: Measure = Measure {
    de: "Sie veranstalten Webinare gemeinsam mit einer anderen Organisation: Klären Sie die Rollen und schließen Sie eine Vereinbarung über die gemeinsame Verantwortlichkeit (Art. 26 DSGVO), deren wesentlichen Inhalt Sie den Teilnehmenden zur Verfügung stellen.",
    en: "You hold webinars jointly with another organisation: settle the roles and conclude a joint-controllership agreement (Art. 26 GDPR) whose essence you make available to participants.",
};

pub(super) const R25_PROVIDER_CONTROLLER: Measure = Measure {
    de: "Der Anbieter handelt (auch) als eigener Verantwortlicher – etwa bei einem Verbrauchertarif oder bei Nutzung für eigene Zwecke. Klären Sie die Rollen: am besten Business-Tarif mit AVV, sonst eine Vereinbarung über die gemeinsame Verantwortlichkeit (Art. 26 DSGVO), deren wesentlichen Inhalt die Teilnehmenden erhalten.",
    en: "The provider acts (also) as a controller of its own – e.g. on a consumer plan or when it uses data for its own purposes. Settle the roles: preferably a business plan with an AVV, otherwise a joint-controllership agreement (Art. 26 GDPR) whose essence participants receive.",
};

pub(super) const R26_SUBPROCESSORS: Measure = Measure {
    de: "Lassen Sie sich die Liste der Unterauftragsverarbeiter mit ihren Ländern geben, genehmigen Sie sie, sichern Sie sich ein Widerspruchsrecht bei Änderungen (Art. 28 Abs. 2 und 4 DSGVO) und verfolgen Sie Änderungsmitteilungen.",
    en: "Obtain the list of sub-processors with their countries, approve it, secure a right to object to changes (Art. 28(2) and (4) GDPR), and follow change notices.",
};

pub(super) const R27_ART49: Measure = Measure {
    de: "Ausnahmen nach Art. 49 DSGVO (z. B. Einwilligung) decken nur gelegentliche Übermittlungen, nicht den regelmäßigen Einsatz eines Videokonferenztools. Stützen Sie die Übermittlung auf den DPF oder auf Standardvertragsklauseln mit Transfer-Folgenabschätzung.",
    en: "Derogations under Art. 49 GDPR (e.g. consent) cover only occasional transfers, not the regular use of a video-conferencing tool. Base the transfer on the DPF or on standard contractual clauses with a transfer impact assessment.",
};

pub(super) const R28_ADEQUATE: Measure = Measure {
    de: "Anbieter und Server liegen in einem Land mit Angemessenheitsbeschluss (Art. 45 DSGVO): Ein weiteres Übermittlungsinstrument ist nicht nötig. Prüfen Sie den Umfang des Beschlusses (z. B. Kanada: nur kommerzielle Organisationen) und die aktuelle Liste der EU-Kommission.",
    en: "The provider and servers are in a country with an adequacy decision (Art. 45 GDPR): no further transfer tool is needed. Check the decision's scope (e.g. Canada: commercial organisations only) and the European Commission's current list.",
};

pub(super) const R29_RETENTION: Measure = Measure {
    de: "Legen Sie Speicherfristen für Aufzeichnungen, Chats, Transkripte und Protokolle fest, mit automatischer Löschung, und regeln Sie Rückgabe oder Löschung der Daten bei Vertragsende (Art. 28 Abs. 3 lit. g DSGVO).",
    en: "Set retention periods for recordings, chats, transcripts and logs, with automatic deletion, and provide for return or deletion of the data at contract end (Art. 28(3)(g) GDPR).",
};

pub(super) const R30_NO: Measure = Measure {
    de: "Sie verarbeiten besondere Kategorien (Art. 9 DSGVO), ohne dass eine Ausnahme nach Art. 9 Abs. 2 dokumentiert ist. Legen Sie die Ausnahme fest und dokumentieren Sie sie (z. B. ausdrückliche Einwilligung oder Gesundheitsversorgung nach § 22 BDSG), samt den Schutzmaßnahmen nach § 22 Abs. 2 BDSG.",
    en: "You process special categories (Art. 9 GDPR) without a documented exception under Art. 9(2). Decide on the exception and document it (e.g. explicit consent, or health care under § 22 BDSG), together with the safeguards of § 22(2) BDSG.",
};

pub(super) const R30_UNKNOWN: Measure = Measure {
    de: "Klären Sie, auf welche Ausnahme nach Art. 9 Abs. 2 DSGVO Sie sich für besondere Kategorien stützen (z. B. ausdrückliche Einwilligung oder Gesundheitsversorgung nach § 22 BDSG), und dokumentieren Sie sie samt den Schutzmaßnahmen nach § 22 Abs. 2 BDSG.",
    en: "Find out which exception under Art. 9(2) GDPR you rely on for special categories (e.g. explicit consent, or health care under § 22 BDSG), and document it together with the safeguards of § 22(2) BDSG.",
};

pub(super) const R31_NO: Measure = Measure {
    de: "Sie unterliegen einem Berufsgeheimnis (§ 203 StGB), der Anbieter ist aber nicht zur Verschwiegenheit verpflichtet. Verpflichten Sie ihn in Textform dazu (§ 203 Abs. 3 und 4 StGB); einen ausländischen Anbieter nur, wenn dort ein vergleichbarer Schutz besteht. Bis dahin keine geschützten Inhalte besprechen.",
    en: "You are bound by professional secrecy (§ 203 StGB), but the provider is not bound to confidentiality. Oblige it to secrecy in text form (§ 203(3) and (4) StGB); a foreign provider only where comparable protection exists there. Until then, do not discuss protected content.",
};

pub(super) const R31_UNKNOWN: Measure = Measure {
    de: "Sie unterliegen einem Berufsgeheimnis (§ 203 StGB). Prüfen Sie, ob der Anbieter in Textform zur Verschwiegenheit verpflichtet ist (§ 203 Abs. 3 und 4 StGB), und holen Sie das sonst nach; einen ausländischen Anbieter nur, wenn dort ein vergleichbarer Schutz besteht.",
    en: "You are bound by professional secrecy (§ 203 StGB). Check whether the provider is bound to secrecy in text form (§ 203(3) and (4) StGB), and arrange it if not; a foreign provider only where comparable protection exists there.",
};

pub(super) const R32_BREACH: Measure = Measure {
    de: "Nehmen Sie das Tool in Ihren Prozess für Datenpannen auf (Meldung binnen 72 Stunden, Art. 33 DSGVO) und vereinbaren Sie im AVV, dass der Anbieter Pannen unverzüglich meldet (Art. 28 Abs. 3 lit. f DSGVO).",
    en: "Include the tool in your data-breach process (notification within 72 hours, Art. 33 GDPR) and agree in the AVV that the provider reports breaches without delay (Art. 28(3)(f) GDPR).",
};

pub(super) const R33_TOMS: Measure = Measure {
    de: "Lassen Sie sich die technischen und organisatorischen Maßnahmen des Anbieters und Nachweise (z. B. ISO 27001, BSI C5) geben, prüfen Sie sie und legen Sie sie ab.",
    en: "Obtain the provider's technical and organisational measures and evidence (e.g. ISO 27001, BSI C5), check them and file them.",
};

pub(super) const R34_STAFF: Measure = Measure {
    de: "Informieren Sie die Beschäftigten und erlassen Sie Nutzungsregeln (Kamera, Aufzeichnung, Teilnahme aus dem Homeoffice), oder prüfen Sie, ob das schon geschehen ist.",
    en: "Inform staff and issue rules of use (camera, recording, joining from home), or check that this is already done.",
};

pub(super) const R35_MFA: Measure = Measure {
    de: "Erzwingen Sie Mehr-Faktor-Authentifizierung für Moderierende und Admins und halten Sie die Clients automatisch aktuell; prüfen Sie die aktuellen Einstellungen.",
    en: "Enforce multi-factor authentication for hosts and admins and keep clients updated automatically; check the current settings.",
};

pub(super) const R35_HIGH_RISK: Measure = Measure {
    de: "Bei hohem Schutzbedarf (besondere Kategorien, Berufsgeheimnisse, vertrauliche Informationen) fehlt die Mehr-Faktor-Authentifizierung. Erzwingen Sie sie für Moderierende und Admins und halten Sie die Clients automatisch aktuell – vorher nicht für solche Inhalte nutzen.",
    en: "With high protection needs (special categories, professional secrets, confidential information), multi-factor authentication is missing. Enforce it for hosts and admins and keep clients updated automatically – do not use the tool for such content before that.",
};

pub(super) const R36_AI: Measure = Measure {
    de: "Behandeln Sie KI-Ergebnisse (Transkripte, Zusammenfassungen, Aufmerksamkeitsmessung) wie eine Aufzeichnung (R17), schließen Sie das Training von KI-Modellen des Anbieters mit Ihren Daten aus und prüfen Sie die Datenschutz-Folgenabschätzung (R16).",
    en: "Treat AI output (transcripts, summaries, attention tracking) like a recording (R17), exclude training of the provider's AI models on your data, and check the data protection impact assessment (R16).",
};

pub(super) const R36_EMOTION: Measure = Measure {
    de: "Emotionserkennung von Beschäftigten am Arbeitsplatz ist nach der KI-Verordnung verboten (Art. 5 Abs. 1 lit. f VO (EU) 2024/1689). Schalten Sie sie ab.",
    en: "Emotion recognition of employees at work is prohibited by the AI Act (Art. 5(1)(f) Regulation (EU) 2024/1689). Switch it off.",
};
