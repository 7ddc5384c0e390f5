/**
 * Other names of Indonesian provinces and regencies: official renamings, the spellings
 * government sites and the press use, and their abbreviations. Each entry is
 * `Official name=variant,variant`; both sides are read by `normalizeName`, so case,
 * punctuation, spacing and the "Kab."/"Kota" prefixes need no entry of their own. An
 * official regency name without a prefix is a kabupaten; a variant without a prefix takes
 * the kind of its official name, and "Kota Baru" keeps its own ("kota" Baru), so it is
 * listed to reach Kabupaten Kotabaru.
 *
 * Kept as text (3.4 KB, 1.4 KB gzipped) because it ships in the map bundle. A test
 * checks every official name still means itself, that every alias reaches exactly one
 * official region, and that no two regions meet on one key.
 */
export const PROVINCE_ALIASES =
  'Aceh=NAD,Nanggroe Aceh Darussalam,Naggroe Aceh Darussalam,Aceh Darussalam|' +
  'Sumatera Utara=Sumut,Sumatra Utara|Sumatera Barat=Sumbar,Sumatra Barat|' +
  'Sumatera Selatan=Sumsel,Sumatra Selatan|Kepulauan Bangka Belitung=Bangka Belitung,Babel|' +
  'Kepulauan Riau=Kepri|Daerah Khusus Ibukota Jakarta=Jakarta,DKI,Daerah Khusus Jakarta,DKJ,' +
  'Daerah Khusus Ibu Kota Jakarta|Jawa Barat=Jabar|Jawa Tengah=Jateng|' +
  'Daerah Istimewa Yogyakarta=DIY,Yogyakarta,Jogjakarta,DI Jogjakarta,Jogja,Yogya|Jawa Timur=Jatim|' +
  'Nusa Tenggara Barat=NTB|Nusa Tenggara Timur=NTT|Kalimantan Barat=Kalbar|' +
  'Kalimantan Tengah=Kalteng|Kalimantan Selatan=Kalsel|Kalimantan Timur=Kaltim|' +
  'Kalimantan Utara=Kaltara|Sulawesi Utara=Sulut|Sulawesi Tengah=Sulteng|' +
  'Sulawesi Selatan=Sulsel|Sulawesi Tenggara=Sultra|Sulawesi Barat=Sulbar|Maluku Utara=Malut|' +
  'Papua Barat=Pabar,Irian Jaya Barat|Papua Barat Daya=PBD|Papua Selatan=Pasel|Papua Tengah=Pateng|' +
  'Papua Pegunungan=Papeg|Papua=Irian Jaya';

export const REGENCY_ALIASES =
  'Kotabaru=Kota Baru|Kotawaringin Barat=Kota Waringin Barat,Kobar|' +
  'Kotawaringin Timur=Kota Waringin Timur,Kotim|Kota Kotamobagu=Kota Mobagu|' +
  'Pangkajene dan Kepulauan=Pangkep,Pangkajene Kepulauan|' +
  'Kepulauan Siau Tagulandang Biaro=Sitaro,Siau Tagulandang Biaro|' +
  'Kepulauan Selayar=Selayar|Hulu Sungai Tengah=HST|' +
  'Hulu Sungai Utara=HSU|Hulu Sungai Selatan=HSS|Toba=Toba Samosir|' +
  'Kota Padangsidimpuan=Padang Sidempuan,Padangsidempuan,Padang Sidimpuan|' +
  'Kota Jakarta Pusat=Jakpus|Kota Jakarta Utara=Jakut|' +
  'Kota Jakarta Barat=Jakbar|Kota Jakarta Selatan=Jaksel|' +
  'Kota Jakarta Timur=Jaktim|Kepulauan Tanimbar=Maluku Tenggara Barat,MTB|' +
  'Sijunjung=Sawahlunto Sijunjung|Lima Puluh Kota=Limapuluh Koto,50 Kota|' +
  'Kepulauan Sangihe=Sangihe,Sangihe Talaud|Kepulauan Talaud=Talaud|' +
  'Kepulauan Aru=Aru|Kepulauan Yapen=Yapen,Yapen Waropen|' +
  'Kepulauan Meranti=Meranti|Pohuwato=Pahuwato|' +
  'Mandailing Natal=Madina|Tapanuli Tengah=Tapteng|' +
  'Tapanuli Utara=Taput|Tapanuli Selatan=Tapsel|' +
  'Humbang Hasundutan=Humbahas|Serdang Bedagai=Sergai|' +
  'Padang Lawas Utara=Paluta|Padang Lawas=Palas|' +
  'Labuhanbatu Utara=Labura|Labuhanbatu Selatan=Labusel|' +
  'Ogan Komering Ulu=OKU|Ogan Komering Ilir=OKI|' +
  'Ogan Komering Ulu Selatan=OKU Selatan|Ogan Komering Ulu Timur=OKU Timur|' +
  'Musi Banyuasin=Muba|Musi Rawas Utara=Muratara|' +
  'Penukal Abab Lematang Ilir=PALI|Kutai Kartanegara=Kukar|' +
  'Kutai Barat=Kubar|Kutai Timur=Kutim|Penajam Paser Utara=PPU|' +
  'Tanah Bumbu=Tanbu|Barito Kuala=Batola|Tana Tidung=KTT|' +
  'Sidenreng Rappang=Sidrap|Tana Toraja=Tator|Toraja Utara=Torut|' +
  'Luwu Utara=Lutra|Luwu Timur=Lutim|Bolaang Mongondow=Bolmong|' +
  'Minahasa Utara=Minut|Minahasa Selatan=Minsel|' +
  'Minahasa Tenggara=Mitra|Timor Tengah Selatan=TTS|' +
  'Timor Tengah Utara=TTU|Sumba Barat Daya=SBD|' +
  'Manggarai Barat=Mabar|Flores Timur=Flotim|Lombok Barat=Lobar|' +
  'Lombok Tengah=Loteng|Lombok Timur=Lotim|Lombok Utara=KLU|' +
  'Sumbawa Barat=KSB|Seram Bagian Barat=SBB|Seram Bagian Timur=SBT|' +
  'Fak Fak=Fakfak|Biak Numfor=Biak|Mahakam Ulu=Mahakam Hulu|' +
  'Paser=Pasir|Pakpak Bharat=Pakpak Barat|Siak=Siak Sri Indrapura|Kuantan Singingi=Kuansing|' +
  'Rokan Hulu=Rohul|Rokan Hilir=Rohil|Muaro Jambi=Muara Jambi|Tanjung Jabung Barat=Tanjabbar|' +
  'Tanjung Jabung Timur=Tanjabtim|Kota Tangerang Selatan=Tangsel|Bandung Barat=KBB|Manggarai Timur=Matim|' +
  'Pulau Morotai=Morotai|Pulau Taliabu=Taliabu|Kepulauan Sula=Sula|Kepulauan Mentawai=Mentawai|' +
  'Kepulauan Anambas=Anambas|Kota Tidore Kepulauan=Tidore|Pasangkayu=Mamuju Utara|' +
  'Banggai Kepulauan=Bangkep|Konawe Kepulauan=Konkep|Parigi Moutong=Parimo';
