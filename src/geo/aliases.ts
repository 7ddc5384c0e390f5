/**
 * Other names of Indonesian provinces and regencies: official renamings, the spellings
 * government sites and the press use, and their abbreviations. Each entry is
 * `Official name=variant,variant`; both sides are read by `normalizeName`, so case,
 * punctuation, spacing and the "Kab."/"Kota" prefixes need no entry of their own. A
 * variant without a prefix takes the kind of its official name; "Kota Baru" keeps its
 * own ("kota" Baru), so it is listed to reach Kabupaten Kotabaru.
 *
 * Kept as text (about 2 KB, under 1 KB gzipped) because it ships in the map bundle. A test
 * checks every official name still means itself, that every alias reaches exactly one
 * official region, and that no two regions meet on one key.
 */
export const PROVINCE_ALIASES =
  'Aceh=NAD,Nanggroe Aceh Darussalam,Naggroe Aceh Darussalam,Aceh Darussalam|' +
  'Sumatera Utara=Sumut,Sumatra Utara|Sumatera Barat=Sumbar,Sumatra Barat|' +
  'Sumatera Selatan=Sumsel,Sumatra Selatan|Kepulauan Bangka Belitung=Bangka Belitung,Babel|' +
  'Kepulauan Riau=Kepri|Daerah Khusus Ibukota Jakarta=Jakarta,DKI,Daerah Khusus Jakarta,DKJ,' +
  'Daerah Khusus Ibu Kota Jakarta|Jawa Barat=Jabar|Jawa Tengah=Jateng|' +
  'Daerah Istimewa Yogyakarta=DIY,Yogyakarta,Jogjakarta,DI Jogjakarta,Jogja|Jawa Timur=Jatim|' +
  'Nusa Tenggara Barat=NTB|Nusa Tenggara Timur=NTT|Kalimantan Barat=Kalbar|' +
  'Kalimantan Tengah=Kalteng|Kalimantan Selatan=Kalsel|Kalimantan Timur=Kaltim|' +
  'Kalimantan Utara=Kaltara|Sulawesi Utara=Sulut|Sulawesi Tengah=Sulteng|' +
  'Sulawesi Selatan=Sulsel|Sulawesi Tenggara=Sultra|Sulawesi Barat=Sulbar|Maluku Utara=Malut|' +
  'Papua Barat=Pabar,Irian Jaya Barat|Papua Barat Daya=PBD|Papua Selatan=Pasel|Papua Tengah=Pateng|' +
  'Papua Pegunungan=Papeg';

export const REGENCY_ALIASES =
  'Kabupaten Kotabaru=Kota Baru|Kabupaten Kotawaringin Barat=Kota Waringin Barat,Kobar|' +
  'Kabupaten Kotawaringin Timur=Kota Waringin Timur,Kotim|Kota Kotamobagu=Kota Mobagu|' +
  'Kabupaten Pangkajene dan Kepulauan=Pangkep,Pangkajene Kepulauan|' +
  'Kabupaten Kepulauan Siau Tagulandang Biaro=Sitaro,Siau Tagulandang Biaro|' +
  'Kabupaten Kepulauan Selayar=Selayar|Kabupaten Hulu Sungai Tengah=HST|' +
  'Kabupaten Hulu Sungai Utara=HSU|Kabupaten Hulu Sungai Selatan=HSS|Kabupaten Toba=Toba Samosir|' +
  'Kota Padangsidimpuan=Padang Sidempuan,Padangsidempuan,Padang Sidimpuan|' +
  'Kabupaten Administrasi Kepulauan Seribu=Kepulauan Seribu|' +
  'Kota Administrasi Jakarta Pusat=Jakpus|Kota Administrasi Jakarta Utara=Jakut|' +
  'Kota Administrasi Jakarta Barat=Jakbar|Kota Administrasi Jakarta Selatan=Jaksel|' +
  'Kota Administrasi Jakarta Timur=Jaktim|Kabupaten Kepulauan Tanimbar=Maluku Tenggara Barat,MTB|' +
  'Kabupaten Sijunjung=Sawahlunto Sijunjung|Kabupaten Lima Puluh Kota=Limapuluh Koto,50 Kota|' +
  'Kabupaten Kepulauan Sangihe=Sangihe,Sangihe Talaud|Kabupaten Kepulauan Talaud=Talaud|' +
  'Kabupaten Kepulauan Aru=Aru|Kabupaten Kepulauan Yapen=Yapen,Yapen Waropen|' +
  'Kabupaten Kepulauan Meranti=Meranti|Kabupaten Pohuwato=Pahuwato|' +
  'Kabupaten Mandailing Natal=Madina|Kabupaten Tapanuli Tengah=Tapteng|' +
  'Kabupaten Tapanuli Utara=Taput|Kabupaten Tapanuli Selatan=Tapsel|' +
  'Kabupaten Humbang Hasundutan=Humbahas|Kabupaten Serdang Bedagai=Sergai|' +
  'Kabupaten Padang Lawas Utara=Paluta|Kabupaten Padang Lawas=Palas|' +
  'Kabupaten Labuhanbatu Utara=Labura|Kabupaten Labuhanbatu Selatan=Labusel|' +
  'Kabupaten Ogan Komering Ulu=OKU|Kabupaten Ogan Komering Ilir=OKI|' +
  'Kabupaten Ogan Komering Ulu Selatan=OKU Selatan|Kabupaten Ogan Komering Ulu Timur=OKU Timur|' +
  'Kabupaten Musi Banyuasin=Muba|Kabupaten Musi Rawas Utara=Muratara|' +
  'Kabupaten Penukal Abab Lematang Ilir=PALI|Kabupaten Kutai Kartanegara=Kukar|' +
  'Kabupaten Kutai Barat=Kubar|Kabupaten Kutai Timur=Kutim|Kabupaten Penajam Paser Utara=PPU|' +
  'Kabupaten Tanah Bumbu=Tanbu|Kabupaten Barito Kuala=Batola|Kabupaten Tana Tidung=KTT|' +
  'Kabupaten Sidenreng Rappang=Sidrap|Kabupaten Tana Toraja=Tator|Kabupaten Toraja Utara=Torut|' +
  'Kabupaten Luwu Utara=Lutra|Kabupaten Luwu Timur=Lutim|Kabupaten Bolaang Mongondow=Bolmong|' +
  'Kabupaten Minahasa Utara=Minut|Kabupaten Minahasa Selatan=Minsel|' +
  'Kabupaten Minahasa Tenggara=Mitra|Kabupaten Timor Tengah Selatan=TTS|' +
  'Kabupaten Timor Tengah Utara=TTU|Kabupaten Sumba Barat Daya=SBD|' +
  'Kabupaten Manggarai Barat=Mabar|Kabupaten Flores Timur=Flotim|Kabupaten Lombok Barat=Lobar|' +
  'Kabupaten Lombok Tengah=Loteng|Kabupaten Lombok Timur=Lotim|Kabupaten Lombok Utara=KLU|' +
  'Kabupaten Sumbawa Barat=KSB|Kabupaten Seram Bagian Barat=SBB|Kabupaten Seram Bagian Timur=SBT|' +
  'Kabupaten Fak Fak=Fakfak|Kabupaten Biak Numfor=Biak|Kabupaten Mahakam Ulu=Mahakam Hulu';
