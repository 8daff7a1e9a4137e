/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["project-board-iom-en"] = 
`## Planned 0
## Active 4
- [Active] EU Support to Serbia and Former Yugoslav Republic of Macedonia in Managing Migration/Refugees Crisis on Balkan Route (h4)
  > Response to the sharp increase in mixed migration along the Western Balkan route, in particular in North Macedonia and Serbia. Listed as ongoing on IOM Serbia’s website around 2017; no later status, budget or dates found.
  Donor: European Union
  Country: Serbia
  # emergency response | migration governance
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Active] Strengthening Cross-Border Cooperation Along the Western Balkan Route (CROBOWEB) (h4)
  > One-year project against migrant smuggling, trafficking in human beings and cross-border crime along the Eastern Mediterranean and Western Balkan routes (Serbia, North Macedonia, Greece). Listed as ongoing on IOM Serbia’s website around 2017; dates not found.
  Donor: U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)
  Country: Serbia
  Budget: $650,000
  # migrant smuggling | counter-trafficking | border management
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Active] Evidence-based Migration Governance for Maximizing Development Potential of Migration (h4)
  > Joint programme of IOM, UNDP, UNHCR and UNICEF, with the Commissariat for Refugees and Migration as implementing partner; reported as under way when its steering committee met on 25 April (year not given) at the Migration Training Centre in Plandište. Budget and dates not found.
  Donor: Migration Multi-Partner Trust Fund
  Partners: UNDP, UNHCR, UNICEF, and Commissariat for Refugees and Migration
  Country: Serbia
  # migration governance | migration and development | data and evidence
  -> https://serbia.iom.int/news/harnessing-migration-potential-serbia-through-joint-program-approach (noopener noreferrer, _blank)
- [Active] Strengthening the community and evidence-based migration response in Bosnia and Herzegovina and enhancing data collection on migrants in the Western Balkans (h4)
  > Displacement Tracking Matrix data on migrant presence in the Western Balkans; support to the authorities of Bosnia and Herzegovina on accommodation, identification, screening and registration; sustainability of the temporary reception centres. 18 months; reported as ongoing on 10 November 2022.
  Donor: Italian Ministry of Foreign Affairs and International Cooperation (Migrations Fund)
  Country: Bosnia & Herzegovina
  Budget: €1,500,000
  # data and evidence | reception
  -> https://bih.iom.int/news/italian-contribution-addressing-mixed-migration-flows-bosnia-and-herzegovina-and-western-balkans (noopener noreferrer, _blank)
## Completed 9
- [Completed] Open Communities-Successful Communities (h4)
  > EU support to health, communal and social services in Serbian municipalities hosting migrants and refugees (about 17–18 municipalities, from Vranje and Preševo to Subotica and Kikinda). The dates are those of IOM’s part; UNDP gives June 2017 – December 2019 for the joint project.
  Donor: European Union
  Partners: UNDP, WHO, UNOPS, Commissariat for Refugees and Migration, Ministry of Labour, Employment, Veteran and Social Affairs, Ministry of Health, and Ministry of European Integration
  Country: Serbia
  Period: Aug 1, 2017 – Jan 31, 2019
  # local communities | health | social protection
  -> https://serbia.iom.int/open-communities-successful-communities (noopener noreferrer, _blank)
- [Completed] Increasing Capacities For Addressing Irregular Migration In Serbia (h4)
  > Support to the Border Police Directorate and to reception (capacity assessment, protection indicators, standard operating procedures, staff training, a response capacity plan), and a government strategy and action plan on irregular migration linked to Chapter 24 of Serbia’s EU accession talks. IOM’s project page calls it “Increasing the Capacity of the Government of Serbia to Address Irregular Migration” and gives 2015–2017; the start month is from IOM Serbia.
  Donor: IOM Development Fund
  Partner: Ministry of Interior of the Republic of Serbia
  Country: Serbia
  Period: Sep 2015 – 2017
  Budget: $130,000
  # border management | reception | migration governance
  -> https://iom.int/project/increasing-capacity-government-serbia-address-irregular-migration (noopener noreferrer, _blank)
- [Completed] EU Supports Serbia to Improve Border Management in the Context of the Migration Crisis (h4)
  > Four phases, 2016–2020. The budget is IOM’s funding across the four phases as given by the Camp Economies research mapping (EUR 4.5 million of it for procurement); a figure of EUR 11.3 million attributed to IOM’s page was not found in any source. The first EU–IOM contract, EUR 1 million, covered specialised equipment (about EUR 350,000), up to 50 EU guest officers and a support office in Pirot (EU Delegation to Serbia, 2016).
  Donor: European Union
  Partner: Ministry of Interior of the Republic of Serbia
  Country: Serbia
  Period: 2016 – 2020
  Budget: €8,200,000
  # border management
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Completed] Donation of vehicles and specialized equipment for efficient border management (EU via IOM) (h4)
  > Delivered: 49 vehicles and 23 vans, plus specialised equipment, handed over to the Ministry of Interior. The budget is the value of the vehicles and vans; the value of the equipment was not given. The news item is undated.
  Donor: European Union (EU Delegation in Serbia)
  Partner: Ministry of Interior of the Republic of Serbia
  Country: Serbia
  Budget: €1,700,000
  # border management
  -> https://serbia.iom.int/news/donation-vehicles-and-specialized-equipment-efficient-border-management (noopener noreferrer, _blank)
- [Completed] Support to the Information Management, Communication and Planning Capacity in Addressing the Migration Management Challenges in Serbia (h4)
  > Helped the Government respond to migrants staying longer after the Balkan route closed (some 4,000 people in 18 centres in January 2017). Donors, budget and dates not found.
  Country: Serbia
  # migration governance | data and evidence
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Completed] Support to Strengthening Migration and Asylum Management in Serbia (h4)
  > Implementation of the new asylum and migration laws; capacities for reception, identification, orientation and return; lasting training capacities. Donors, budget and dates not found.
  Country: Serbia
  # asylum | reception | migration governance
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Completed] Mitigating Adverse Effects of Internal Migration (h4)
  > Bringing national priorities on the internal migration of young people into local sector planning. Completed by its end date (the page gives no status).
  Donor: IOM Development Fund
  Partners: Ministry for Population Policy and Demography and Commissariat for Refugees and Migration
  Country: Serbia
  Period: Sep 1, 2019 – Aug 31, 2021
  # internal migration | migration and development
  -> https://serbia.iom.int/node/738 (noopener noreferrer, _blank)
- [Completed] Assisted Voluntary Return and Reintegration Programme (AVRR) in Western Balkans (h4)
  > Regional programme across the Western Balkans, listed by IOM Serbia. Completed by its end date (the page lists it as ongoing, written before that date).
  Donors: European Commission (IPA II), German Federal Foreign Office, Austrian Ministry of Interior, and Dutch Repatriation and Departure Service
  Partner: Governmental institutions and migrant communities in the Western Balkans
  Country: Serbia
  Period: Jan 1, 2019 – Dec 31, 2021
  # voluntary return | reintegration
  -> https://serbia.iom.int/ongoing-projects (noopener noreferrer, _blank)
- [Completed] Promoting regular migration in the Western Balkans through the establishment of Regional Migrant Service Centres (h4)
  > Regional pilot; about 700 direct beneficiaries in Serbia. Of the budget, EUR 650,000 came from the European Commission and the rest from the Government of Italy.
  Donors: European Commission and Government of Italy
  Country: Serbia
  Period: Dec 2004 – Jun 2006
  Budget: €800,000
  # regular migration
  -> https://serbia.iom.int/projects/promoting-regular-migration-western-balkans-through-establishment-regional-migrant-service (noopener noreferrer, _blank)
## Suspended 0
## Cancelled 0
## Other 7
- [Other] Improving reception capacity, social protection services and access to education (h4)
  > Known from the Camp Economies research mapping of IOM in Serbia; status, dates and description not found.
  Donor: European Union (IPA)
  Country: Serbia
  Budget: €6,900,000
  # reception | social protection | education
  -> https://campeconomies.eu/mappings/serbia-iom/ (noopener noreferrer, _blank)
- [Other] Enhancing Preparedness for Migration Management through Contingency Planning in the Western Balkans (h4)
  > Regional: training and equipment for North Macedonia and Serbia; contingency plans for Albania, Bosnia and Herzegovina, Kosovo and Montenegro. Status, budget and dates not given on the project page.
  Donor: IOM Development Fund
  # contingency planning | migration governance
  -> https://iom.int/project/enhancing-preparedness-migration-management-through-contingency-planning-western-balkans (noopener noreferrer, _blank)
- [Other] EU Support to Migration and Border Management in Bosnia and Herzegovina (h4)
  > EUR 13 million for migration management under an implementation agreement with IOM (August 2019); separately, EUR 1.8 million of EU humanitarian aid (ECHO). Under it the EU gave the Service for Foreigners’ Affairs two vans worth more than EUR 56,000 (KM 110,400). Status and end date not given.
  Donor: European Union
  Partner: Service for Foreigners’ Affairs
  Country: Bosnia & Herzegovina
  Period: August 2019 – ongoing
  Budget: €13,000,000
  # migration governance | border management
  -> https://bih.iom.int/news/eu-donated-two-vans-service-foreigners-affairs-saopcenje-za-medije/press-release (noopener noreferrer, _blank)
- [Other] Norway-IOM initiative on mixed migration flows in the Western Balkans (two-year) (h4)
  > Two-year initiative launched on 1 December (the year is not in the source; during COVID-19): expands the Displacement Tracking Matrix, builds government capacity to register, identify and screen vulnerable migrants, and informs about assisted voluntary return (2,371 migrants assisted to return from the region since 2016). Status not given; reported by Sarajevo Times.
  Donor: Norway (Embassy in Bosnia and Herzegovina)
  Country: Bosnia & Herzegovina
  # data and evidence | protection | voluntary return
  -> https://sarajevotimes.com/norway-and-the-iom-continue-to-ensure-that-vulnerable-migrants-in-the-western-balkans-are-better-protected/ (noopener noreferrer, _blank)
- [Other] Assisted Voluntary Return (AVR) Programme to Bosnia and Herzegovina and to Kosovo province for rejected asylum seekers/irregular migrants residing in the Canton of Vaud (Switzerland) (h4)
  > Known from IOM Bosnia and Herzegovina’s old website; status and dates not found.
  Donor: Canton of Vaud (Switzerland)
  Partners: IOM Bern and swissREPAT
  Country: Bosnia & Herzegovina
  # voluntary return
  -> http://www.iom.ba/AVR-VAUD.html (noopener noreferrer, _blank)
- [Other] Assisted Voluntary Return from Switzerland (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. Mid-2002 to December 2011; 221 cases, 530 people. Status not given.
  Country: Serbia
  Period: 2002 – Dec 2011
  Time elapsed: 100% of the planned period [bar 100%]
  # voluntary return
- [Other] Voluntary Assisted Return and Reintegration Programme - VARRP UK (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. 30 cases. Status and dates not given.
  Donor: United Kingdom
  Country: Serbia
  # voluntary return | reintegration
summary: 20 projects: 4 active, 9 completed, and 7 other. Budgets by currency (currencies are never added together): €32,100,000 for 6 projects and $780,000 for 2 projects. 12 projects have no budget listed. Main donors: European Union (4 projects) and IOM Development Fund (3 projects).
`;
/* end snapshot project-board-iom-en */

snapshots["project-board-iom-sr-Latn"] = 
`## Planirano 0
## Aktivno 4
- [Aktivno] EU Support to Serbia and Former Yugoslav Republic of Macedonia in Managing Migration/Refugees Crisis on Balkan Route (h4)
  > Response to the sharp increase in mixed migration along the Western Balkan route, in particular in North Macedonia and Serbia. Listed as ongoing on IOM Serbia’s website around 2017; no later status, budget or dates found.
  Donator: Evropska unija
  Zemlja: Srbija
  # hitno reagovanje | upravljanje migracijama
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Aktivno] Strengthening Cross-Border Cooperation Along the Western Balkan Route (CROBOWEB) (h4)
  > One-year project against migrant smuggling, trafficking in human beings and cross-border crime along the Eastern Mediterranean and Western Balkan routes (Serbia, North Macedonia, Greece). Listed as ongoing on IOM Serbia’s website around 2017; dates not found.
  Donator: U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)
  Zemlja: Srbija
  Budžet: 650.000 US$
  # krijumčarenje migranata | borba protiv trgovine ljudima | upravljanje granicama
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Aktivno] Evidence-based Migration Governance for Maximizing Development Potential of Migration (h4)
  > Joint programme of IOM, UNDP, UNHCR and UNICEF, with the Commissariat for Refugees and Migration as implementing partner; reported as under way when its steering committee met on 25 April (year not given) at the Migration Training Centre in Plandište. Budget and dates not found.
  Donator: Migration Multi-Partner Trust Fund
  Partneri: UNDP, UNHCR, UNICEF i Komesarijat za izbeglice i migracije
  Zemlja: Srbija
  # upravljanje migracijama | migracije i razvoj | podaci i analize
  -> https://serbia.iom.int/news/harnessing-migration-potential-serbia-through-joint-program-approach (noopener noreferrer, _blank)
- [Aktivno] Strengthening the community and evidence-based migration response in Bosnia and Herzegovina and enhancing data collection on migrants in the Western Balkans (h4)
  > Displacement Tracking Matrix data on migrant presence in the Western Balkans; support to the authorities of Bosnia and Herzegovina on accommodation, identification, screening and registration; sustainability of the temporary reception centres. 18 months; reported as ongoing on 10 November 2022.
  Donator: Italian Ministry of Foreign Affairs and International Cooperation (Migrations Fund)
  Zemlja: Bosna i Hercegovina
  Budžet: 1.500.000 €
  # podaci i analize | prihvat
  -> https://bih.iom.int/news/italian-contribution-addressing-mixed-migration-flows-bosnia-and-herzegovina-and-western-balkans (noopener noreferrer, _blank)
## Završeno 9
- [Završeno] Open Communities-Successful Communities (h4)
  > EU support to health, communal and social services in Serbian municipalities hosting migrants and refugees (about 17–18 municipalities, from Vranje and Preševo to Subotica and Kikinda). The dates are those of IOM’s part; UNDP gives June 2017 – December 2019 for the joint project.
  Donator: Evropska unija
  Partneri: UNDP, WHO, UNOPS, Komesarijat za izbeglice i migracije, Ministarstvo za rad, zapošljavanje, boračka i socijalna pitanja, Ministarstvo zdravlja i Ministarstvo za evropske integracije
  Zemlja: Srbija
  Period: 01. avg 2017. – 31. jan 2019.
  # lokalne zajednice | zdravstvo | socijalna zaštita
  -> https://serbia.iom.int/open-communities-successful-communities (noopener noreferrer, _blank)
- [Završeno] Increasing Capacities For Addressing Irregular Migration In Serbia (h4)
  > Support to the Border Police Directorate and to reception (capacity assessment, protection indicators, standard operating procedures, staff training, a response capacity plan), and a government strategy and action plan on irregular migration linked to Chapter 24 of Serbia’s EU accession talks. IOM’s project page calls it “Increasing the Capacity of the Government of Serbia to Address Irregular Migration” and gives 2015–2017; the start month is from IOM Serbia.
  Donator: IOM Development Fund
  Partner: Ministarstvo unutrašnjih poslova Republike Srbije
  Zemlja: Srbija
  Period: sep 2015. – 2017.
  Budžet: 130.000 US$
  # upravljanje granicama | prihvat | upravljanje migracijama
  -> https://iom.int/project/increasing-capacity-government-serbia-address-irregular-migration (noopener noreferrer, _blank)
- [Završeno] EU Supports Serbia to Improve Border Management in the Context of the Migration Crisis (h4)
  > Four phases, 2016–2020. The budget is IOM’s funding across the four phases as given by the Camp Economies research mapping (EUR 4.5 million of it for procurement); a figure of EUR 11.3 million attributed to IOM’s page was not found in any source. The first EU–IOM contract, EUR 1 million, covered specialised equipment (about EUR 350,000), up to 50 EU guest officers and a support office in Pirot (EU Delegation to Serbia, 2016).
  Donator: Evropska unija
  Partner: Ministarstvo unutrašnjih poslova Republike Srbije
  Zemlja: Srbija
  Period: 2016–2020
  Budžet: 8.200.000 €
  # upravljanje granicama
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Završeno] Donation of vehicles and specialized equipment for efficient border management (EU via IOM) (h4)
  > Delivered: 49 vehicles and 23 vans, plus specialised equipment, handed over to the Ministry of Interior. The budget is the value of the vehicles and vans; the value of the equipment was not given. The news item is undated.
  Donator: Evropska unija (Delegacija EU u Srbiji)
  Partner: Ministarstvo unutrašnjih poslova Republike Srbije
  Zemlja: Srbija
  Budžet: 1.700.000 €
  # upravljanje granicama
  -> https://serbia.iom.int/news/donation-vehicles-and-specialized-equipment-efficient-border-management (noopener noreferrer, _blank)
- [Završeno] Support to the Information Management, Communication and Planning Capacity in Addressing the Migration Management Challenges in Serbia (h4)
  > Helped the Government respond to migrants staying longer after the Balkan route closed (some 4,000 people in 18 centres in January 2017). Donors, budget and dates not found.
  Zemlja: Srbija
  # upravljanje migracijama | podaci i analize
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Završeno] Support to Strengthening Migration and Asylum Management in Serbia (h4)
  > Implementation of the new asylum and migration laws; capacities for reception, identification, orientation and return; lasting training capacities. Donors, budget and dates not found.
  Zemlja: Srbija
  # azil | prihvat | upravljanje migracijama
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Završeno] Mitigating Adverse Effects of Internal Migration (h4)
  > Bringing national priorities on the internal migration of young people into local sector planning. Completed by its end date (the page gives no status).
  Donator: IOM Development Fund
  Partneri: Ministry for Population Policy and Demography i Komesarijat za izbeglice i migracije
  Zemlja: Srbija
  Period: 01. sep 2019. – 31. avg 2021.
  # unutrašnje migracije | migracije i razvoj
  -> https://serbia.iom.int/node/738 (noopener noreferrer, _blank)
- [Završeno] Assisted Voluntary Return and Reintegration Programme (AVRR) in Western Balkans (h4)
  > Regional programme across the Western Balkans, listed by IOM Serbia. Completed by its end date (the page lists it as ongoing, written before that date).
  Donatori: Evropska komisija (IPA II), German Federal Foreign Office, Austrian Ministry of Interior i Dutch Repatriation and Departure Service
  Partner: Governmental institutions and migrant communities in the Western Balkans
  Zemlja: Srbija
  Period: 01. jan 2019. – 31. dec 2021.
  # dobrovoljni povratak | reintegracija
  -> https://serbia.iom.int/ongoing-projects (noopener noreferrer, _blank)
- [Završeno] Promoting regular migration in the Western Balkans through the establishment of Regional Migrant Service Centres (h4)
  > Regional pilot; about 700 direct beneficiaries in Serbia. Of the budget, EUR 650,000 came from the European Commission and the rest from the Government of Italy.
  Donatori: Evropska komisija i Vlada Italije
  Zemlja: Srbija
  Period: dec 2004. – jun 2006.
  Budžet: 800.000 €
  # regularne migracije
  -> https://serbia.iom.int/projects/promoting-regular-migration-western-balkans-through-establishment-regional-migrant-service (noopener noreferrer, _blank)
## Obustavljeno 0
## Otkazano 0
## Ostalo 7
- [Ostalo] Improving reception capacity, social protection services and access to education (h4)
  > Known from the Camp Economies research mapping of IOM in Serbia; status, dates and description not found.
  Donator: Evropska unija (IPA)
  Zemlja: Srbija
  Budžet: 6.900.000 €
  # prihvat | socijalna zaštita | obrazovanje
  -> https://campeconomies.eu/mappings/serbia-iom/ (noopener noreferrer, _blank)
- [Ostalo] Enhancing Preparedness for Migration Management through Contingency Planning in the Western Balkans (h4)
  > Regional: training and equipment for North Macedonia and Serbia; contingency plans for Albania, Bosnia and Herzegovina, Kosovo and Montenegro. Status, budget and dates not given on the project page.
  Donator: IOM Development Fund
  # planiranje za vanredne situacije | upravljanje migracijama
  -> https://iom.int/project/enhancing-preparedness-migration-management-through-contingency-planning-western-balkans (noopener noreferrer, _blank)
- [Ostalo] EU Support to Migration and Border Management in Bosnia and Herzegovina (h4)
  > EUR 13 million for migration management under an implementation agreement with IOM (August 2019); separately, EUR 1.8 million of EU humanitarian aid (ECHO). Under it the EU gave the Service for Foreigners’ Affairs two vans worth more than EUR 56,000 (KM 110,400). Status and end date not given.
  Donator: Evropska unija
  Partner: Service for Foreigners’ Affairs
  Zemlja: Bosna i Hercegovina
  Period: avgust 2019. – u toku
  Budžet: 13.000.000 €
  # upravljanje migracijama | upravljanje granicama
  -> https://bih.iom.int/news/eu-donated-two-vans-service-foreigners-affairs-saopcenje-za-medije/press-release (noopener noreferrer, _blank)
- [Ostalo] Norway-IOM initiative on mixed migration flows in the Western Balkans (two-year) (h4)
  > Two-year initiative launched on 1 December (the year is not in the source; during COVID-19): expands the Displacement Tracking Matrix, builds government capacity to register, identify and screen vulnerable migrants, and informs about assisted voluntary return (2,371 migrants assisted to return from the region since 2016). Status not given; reported by Sarajevo Times.
  Donator: Norway (Embassy in Bosnia and Herzegovina)
  Zemlja: Bosna i Hercegovina
  # podaci i analize | zaštita | dobrovoljni povratak
  -> https://sarajevotimes.com/norway-and-the-iom-continue-to-ensure-that-vulnerable-migrants-in-the-western-balkans-are-better-protected/ (noopener noreferrer, _blank)
- [Ostalo] Assisted Voluntary Return (AVR) Programme to Bosnia and Herzegovina and to Kosovo province for rejected asylum seekers/irregular migrants residing in the Canton of Vaud (Switzerland) (h4)
  > Known from IOM Bosnia and Herzegovina’s old website; status and dates not found.
  Donator: Canton of Vaud (Switzerland)
  Partneri: IOM Bern i swissREPAT
  Zemlja: Bosna i Hercegovina
  # dobrovoljni povratak
  -> http://www.iom.ba/AVR-VAUD.html (noopener noreferrer, _blank)
- [Ostalo] Assisted Voluntary Return from Switzerland (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. Mid-2002 to December 2011; 221 cases, 530 people. Status not given.
  Zemlja: Srbija
  Period: 2002. – dec 2011.
  Proteklo vreme: 100% planiranog perioda [bar 100%]
  # dobrovoljni povratak
- [Ostalo] Voluntary Assisted Return and Reintegration Programme - VARRP UK (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. 30 cases. Status and dates not given.
  Donator: Ujedinjeno Kraljevstvo
  Zemlja: Srbija
  # dobrovoljni povratak | reintegracija
summary: 20 projekata: aktivno 4, završeno 9 i ostalo 7. Budžeti po valutama (različite valute se ne sabiraju): 32.100.000 € za 6 projekata i 780.000 US$ za 2 projekta. Bez navedenog budžeta: 12 projekata. Glavni donatori: Evropska unija (4 projekta) i IOM Development Fund (3 projekta).
`;
/* end snapshot project-board-iom-sr-Latn */

snapshots["project-board-iom-sr-Cyrl"] = 
`## Планирано 0
## Активно 4
- [Активно] EU Support to Serbia and Former Yugoslav Republic of Macedonia in Managing Migration/Refugees Crisis on Balkan Route (h4)
  > Response to the sharp increase in mixed migration along the Western Balkan route, in particular in North Macedonia and Serbia. Listed as ongoing on IOM Serbia’s website around 2017; no later status, budget or dates found.
  Донатор: Европска унија
  Земља: Србија
  # хитно реаговање | управљање миграцијама
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Активно] Strengthening Cross-Border Cooperation Along the Western Balkan Route (CROBOWEB) (h4)
  > One-year project against migrant smuggling, trafficking in human beings and cross-border crime along the Eastern Mediterranean and Western Balkan routes (Serbia, North Macedonia, Greece). Listed as ongoing on IOM Serbia’s website around 2017; dates not found.
  Донатор: U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)
  Земља: Србија
  Буџет: 650.000 US$
  # кријумчарење миграната | борба против трговине људима | управљање границама
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Активно] Evidence-based Migration Governance for Maximizing Development Potential of Migration (h4)
  > Joint programme of IOM, UNDP, UNHCR and UNICEF, with the Commissariat for Refugees and Migration as implementing partner; reported as under way when its steering committee met on 25 April (year not given) at the Migration Training Centre in Plandište. Budget and dates not found.
  Донатор: Migration Multi-Partner Trust Fund
  Партнери: UNDP, UNHCR, UNICEF и Комесаријат за избеглице и миграције
  Земља: Србија
  # управљање миграцијама | миграције и развој | подаци и анализе
  -> https://serbia.iom.int/news/harnessing-migration-potential-serbia-through-joint-program-approach (noopener noreferrer, _blank)
- [Активно] Strengthening the community and evidence-based migration response in Bosnia and Herzegovina and enhancing data collection on migrants in the Western Balkans (h4)
  > Displacement Tracking Matrix data on migrant presence in the Western Balkans; support to the authorities of Bosnia and Herzegovina on accommodation, identification, screening and registration; sustainability of the temporary reception centres. 18 months; reported as ongoing on 10 November 2022.
  Донатор: Italian Ministry of Foreign Affairs and International Cooperation (Migrations Fund)
  Земља: Босна и Херцеговина
  Буџет: 1.500.000 €
  # подаци и анализе | прихват
  -> https://bih.iom.int/news/italian-contribution-addressing-mixed-migration-flows-bosnia-and-herzegovina-and-western-balkans (noopener noreferrer, _blank)
## Завршено 9
- [Завршено] Open Communities-Successful Communities (h4)
  > EU support to health, communal and social services in Serbian municipalities hosting migrants and refugees (about 17–18 municipalities, from Vranje and Preševo to Subotica and Kikinda). The dates are those of IOM’s part; UNDP gives June 2017 – December 2019 for the joint project.
  Донатор: Европска унија
  Партнери: UNDP, WHO, UNOPS, Комесаријат за избеглице и миграције, Министарство за рад, запошљавање, борачка и социјална питања, Министарство здравља и Министарство за европске интеграције
  Земља: Србија
  Период: 01. авг 2017. – 31. јан 2019.
  # локалне заједнице | здравство | социјална заштита
  -> https://serbia.iom.int/open-communities-successful-communities (noopener noreferrer, _blank)
- [Завршено] Increasing Capacities For Addressing Irregular Migration In Serbia (h4)
  > Support to the Border Police Directorate and to reception (capacity assessment, protection indicators, standard operating procedures, staff training, a response capacity plan), and a government strategy and action plan on irregular migration linked to Chapter 24 of Serbia’s EU accession talks. IOM’s project page calls it “Increasing the Capacity of the Government of Serbia to Address Irregular Migration” and gives 2015–2017; the start month is from IOM Serbia.
  Донатор: IOM Development Fund
  Партнер: Министарство унутрашњих послова Републике Србије
  Земља: Србија
  Период: сеп 2015. – 2017.
  Буџет: 130.000 US$
  # управљање границама | прихват | управљање миграцијама
  -> https://iom.int/project/increasing-capacity-government-serbia-address-irregular-migration (noopener noreferrer, _blank)
- [Завршено] EU Supports Serbia to Improve Border Management in the Context of the Migration Crisis (h4)
  > Four phases, 2016–2020. The budget is IOM’s funding across the four phases as given by the Camp Economies research mapping (EUR 4.5 million of it for procurement); a figure of EUR 11.3 million attributed to IOM’s page was not found in any source. The first EU–IOM contract, EUR 1 million, covered specialised equipment (about EUR 350,000), up to 50 EU guest officers and a support office in Pirot (EU Delegation to Serbia, 2016).
  Донатор: Европска унија
  Партнер: Министарство унутрашњих послова Републике Србије
  Земља: Србија
  Период: 2016–2020
  Буџет: 8.200.000 €
  # управљање границама
  -> https://serbia.iom.int/project-status/ongoing (noopener noreferrer, _blank)
- [Завршено] Donation of vehicles and specialized equipment for efficient border management (EU via IOM) (h4)
  > Delivered: 49 vehicles and 23 vans, plus specialised equipment, handed over to the Ministry of Interior. The budget is the value of the vehicles and vans; the value of the equipment was not given. The news item is undated.
  Донатор: Европска унија (Делегација EU у Србији)
  Партнер: Министарство унутрашњих послова Републике Србије
  Земља: Србија
  Буџет: 1.700.000 €
  # управљање границама
  -> https://serbia.iom.int/news/donation-vehicles-and-specialized-equipment-efficient-border-management (noopener noreferrer, _blank)
- [Завршено] Support to the Information Management, Communication and Planning Capacity in Addressing the Migration Management Challenges in Serbia (h4)
  > Helped the Government respond to migrants staying longer after the Balkan route closed (some 4,000 people in 18 centres in January 2017). Donors, budget and dates not found.
  Земља: Србија
  # управљање миграцијама | подаци и анализе
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Завршено] Support to Strengthening Migration and Asylum Management in Serbia (h4)
  > Implementation of the new asylum and migration laws; capacities for reception, identification, orientation and return; lasting training capacities. Donors, budget and dates not found.
  Земља: Србија
  # азил | прихват | управљање миграцијама
  -> https://serbia.iom.int/completed-projects (noopener noreferrer, _blank)
- [Завршено] Mitigating Adverse Effects of Internal Migration (h4)
  > Bringing national priorities on the internal migration of young people into local sector planning. Completed by its end date (the page gives no status).
  Донатор: IOM Development Fund
  Партнери: Ministry for Population Policy and Demography и Комесаријат за избеглице и миграције
  Земља: Србија
  Период: 01. сеп 2019. – 31. авг 2021.
  # унутрашње миграције | миграције и развој
  -> https://serbia.iom.int/node/738 (noopener noreferrer, _blank)
- [Завршено] Assisted Voluntary Return and Reintegration Programme (AVRR) in Western Balkans (h4)
  > Regional programme across the Western Balkans, listed by IOM Serbia. Completed by its end date (the page lists it as ongoing, written before that date).
  Донатори: Европска комисија (IPA II), German Federal Foreign Office, Austrian Ministry of Interior и Dutch Repatriation and Departure Service
  Партнер: Governmental institutions and migrant communities in the Western Balkans
  Земља: Србија
  Период: 01. јан 2019. – 31. дец 2021.
  # добровољни повратак | реинтеграција
  -> https://serbia.iom.int/ongoing-projects (noopener noreferrer, _blank)
- [Завршено] Promoting regular migration in the Western Balkans through the establishment of Regional Migrant Service Centres (h4)
  > Regional pilot; about 700 direct beneficiaries in Serbia. Of the budget, EUR 650,000 came from the European Commission and the rest from the Government of Italy.
  Донатори: Европска комисија и Влада Италије
  Земља: Србија
  Период: дец 2004. – јун 2006.
  Буџет: 800.000 €
  # регуларне миграције
  -> https://serbia.iom.int/projects/promoting-regular-migration-western-balkans-through-establishment-regional-migrant-service (noopener noreferrer, _blank)
## Обустављено 0
## Отказано 0
## Остало 7
- [Остало] Improving reception capacity, social protection services and access to education (h4)
  > Known from the Camp Economies research mapping of IOM in Serbia; status, dates and description not found.
  Донатор: Европска унија (IPA)
  Земља: Србија
  Буџет: 6.900.000 €
  # прихват | социјална заштита | образовање
  -> https://campeconomies.eu/mappings/serbia-iom/ (noopener noreferrer, _blank)
- [Остало] Enhancing Preparedness for Migration Management through Contingency Planning in the Western Balkans (h4)
  > Regional: training and equipment for North Macedonia and Serbia; contingency plans for Albania, Bosnia and Herzegovina, Kosovo and Montenegro. Status, budget and dates not given on the project page.
  Донатор: IOM Development Fund
  # планирање за ванредне ситуације | управљање миграцијама
  -> https://iom.int/project/enhancing-preparedness-migration-management-through-contingency-planning-western-balkans (noopener noreferrer, _blank)
- [Остало] EU Support to Migration and Border Management in Bosnia and Herzegovina (h4)
  > EUR 13 million for migration management under an implementation agreement with IOM (August 2019); separately, EUR 1.8 million of EU humanitarian aid (ECHO). Under it the EU gave the Service for Foreigners’ Affairs two vans worth more than EUR 56,000 (KM 110,400). Status and end date not given.
  Донатор: Европска унија
  Партнер: Служба за послове са странцима
  Земља: Босна и Херцеговина
  Период: август 2019. – у току
  Буџет: 13.000.000 €
  # управљање миграцијама | управљање границама
  -> https://bih.iom.int/news/eu-donated-two-vans-service-foreigners-affairs-saopcenje-za-medije/press-release (noopener noreferrer, _blank)
- [Остало] Norway-IOM initiative on mixed migration flows in the Western Balkans (two-year) (h4)
  > Two-year initiative launched on 1 December (the year is not in the source; during COVID-19): expands the Displacement Tracking Matrix, builds government capacity to register, identify and screen vulnerable migrants, and informs about assisted voluntary return (2,371 migrants assisted to return from the region since 2016). Status not given; reported by Sarajevo Times.
  Донатор: Norway (Embassy in Bosnia and Herzegovina)
  Земља: Босна и Херцеговина
  # подаци и анализе | заштита | добровољни повратак
  -> https://sarajevotimes.com/norway-and-the-iom-continue-to-ensure-that-vulnerable-migrants-in-the-western-balkans-are-better-protected/ (noopener noreferrer, _blank)
- [Остало] Assisted Voluntary Return (AVR) Programme to Bosnia and Herzegovina and to Kosovo province for rejected asylum seekers/irregular migrants residing in the Canton of Vaud (Switzerland) (h4)
  > Known from IOM Bosnia and Herzegovina’s old website; status and dates not found.
  Донатор: Canton of Vaud (Switzerland)
  Партнери: IOM Bern и swissREPAT
  Земља: Босна и Херцеговина
  # добровољни повратак
  -> http://www.iom.ba/AVR-VAUD.html (noopener noreferrer, _blank)
- [Остало] Assisted Voluntary Return from Switzerland (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. Mid-2002 to December 2011; 221 cases, 530 people. Status not given.
  Земља: Србија
  Период: 2002. – дец 2011.
  Протекло време: 100% планираног периода [bar 100%]
  # добровољни повратак
- [Остало] Voluntary Assisted Return and Reintegration Programme - VARRP UK (h4)
  > Unverified: known only from a short listing on IOM’s website, not checked against a fuller source. 30 cases. Status and dates not given.
  Донатор: Уједињено Краљевство
  Земља: Србија
  # добровољни повратак | реинтеграција
summary: 20 пројеката: активно 4, завршено 9 и остало 7. Буџети по валутама (различите валуте се не сабирају): 32.100.000 € за 6 пројеката и 780.000 US$ за 2 пројекта. Без наведеног буџета: 12 пројеката. Главни донатори: Европска унија (4 пројекта) и IOM Development Fund (3 пројекта).
`;
/* end snapshot project-board-iom-sr-Cyrl */

