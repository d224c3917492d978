// Words a printed directory of services uses, per locale (written for guidepress). Placeholders:
// {country}, {min}, {max} and {date} are replaced when the directory is rendered.
import type { ServiceType } from '../../fields/options'
import type { LocaleCode } from '../../i18n/locales'
import { labels } from './labels'

export interface DirectoryLabels {
  publisher: string
  title: string
  countryTitle: string
  fictitious: string
  howToUse: string
  howToUseText: string
  safety: string
  areaServed: string
  serves: string
  languages: string
  nationalities: string
  anyNationality: string
  ages: string
  phone: string
  hours: string
  requirements: string
  howToRefer: string
  cost: string
  lastVerified: string
  contents: string
  serviceTypes: Record<ServiceType, string>
  groups: Record<'women' | 'men' | 'girls' | 'boys' | 'non-binary', string>
  costs: Record<'free' | 'fee' | 'sliding-scale', string>
}

export const directoryLabels: Record<LocaleCode, DirectoryLabels> = {
  en: {
    publisher: labels.en.publisher,
    title: 'Directory of services for trafficking victims',
    countryTitle: 'Directory of services for trafficking victims: {country}',
    fictitious: 'Every service in this directory is invented for a demonstration edition. No organisation, telephone number or address in it is real.',
    howToUse: 'How to use this directory',
    howToUseText:
      'Call a service before you refer anyone to it, to check that it can help and to agree the next step. Explain the service to the person and refer them only if they agree. Each entry was checked on the date shown; services change, so confirm the details when you call.',
    safety: 'Shelter addresses are never printed. Call the service to arrange a safe meeting point.',
    areaServed: 'Area served',
    serves: 'Who it serves',
    languages: 'Languages',
    nationalities: 'Nationalities',
    anyNationality: 'Any nationality',
    ages: 'Ages {min} to {max}',
    phone: 'Telephone',
    hours: 'Hours',
    requirements: 'Referral requirements',
    howToRefer: 'How to refer',
    cost: 'Cost',
    lastVerified: 'Last verified {date}',
    contents: 'Contents',
    serviceTypes: {
      shelter: 'Shelter',
      medical: 'Medical care',
      psychosocial: 'Psychosocial support',
      'legal-aid': 'Legal aid',
      interpretation: 'Interpretation',
      repatriation: 'Repatriation support',
      livelihood: 'Livelihood support',
      'child-specific': 'Services for children',
    },
    groups: {
      women: 'Women',
      men: 'Men',
      girls: 'Girls',
      boys: 'Boys',
      'non-binary': 'Non-binary people',
    },
    costs: {
      free: 'Free',
      fee: 'Fee charged',
      'sliding-scale': 'Fee based on income',
    },
  },
  id: {
    publisher: labels.id.publisher,
    title: 'Direktori layanan bagi korban perdagangan orang',
    countryTitle: 'Direktori layanan bagi korban perdagangan orang: {country}',
    fictitious: 'Semua layanan dalam direktori ini adalah rekaan untuk edisi demonstrasi. Tidak ada organisasi, nomor telepon, atau alamat di dalamnya yang nyata.',
    howToUse: 'Cara menggunakan direktori ini',
    howToUseText:
      'Hubungi layanan sebelum merujuk seseorang ke sana, untuk memastikan layanan tersebut dapat membantu dan untuk menyepakati langkah berikutnya. Jelaskan layanan itu kepada orang yang bersangkutan dan rujuk hanya jika ia setuju. Setiap entri diperiksa pada tanggal yang tercantum; layanan dapat berubah, jadi pastikan kembali rinciannya saat Anda menelepon.',
    safety: 'Alamat rumah aman tidak pernah dicetak. Hubungi layanan untuk mengatur titik temu yang aman.',
    areaServed: 'Wilayah layanan',
    serves: 'Sasaran layanan',
    languages: 'Bahasa',
    nationalities: 'Kewarganegaraan',
    anyNationality: 'Semua kewarganegaraan',
    ages: 'Usia {min} sampai {max} tahun',
    phone: 'Telepon',
    hours: 'Jam layanan',
    requirements: 'Persyaratan rujukan',
    howToRefer: 'Cara merujuk',
    cost: 'Biaya',
    lastVerified: 'Terakhir diperiksa {date}',
    contents: 'Daftar Isi',
    serviceTypes: {
      shelter: 'Rumah aman',
      medical: 'Layanan kesehatan',
      psychosocial: 'Dukungan psikososial',
      'legal-aid': 'Bantuan hukum',
      interpretation: 'Layanan juru bahasa',
      repatriation: 'Dukungan pemulangan',
      livelihood: 'Dukungan mata pencaharian',
      'child-specific': 'Layanan untuk anak',
    },
    groups: {
      women: 'Perempuan',
      men: 'Laki-laki',
      girls: 'Anak perempuan',
      boys: 'Anak laki-laki',
      'non-binary': 'Orang nonbiner',
    },
    costs: {
      free: 'Gratis',
      fee: 'Berbayar',
      'sliding-scale': 'Biaya sesuai penghasilan',
    },
  },
  ms: {
    publisher: labels.ms.publisher,
    title: 'Direktori perkhidmatan untuk mangsa pemerdagangan orang',
    countryTitle: 'Direktori perkhidmatan untuk mangsa pemerdagangan orang: {country}',
    fictitious: 'Setiap perkhidmatan dalam direktori ini adalah rekaan untuk edisi demonstrasi. Tiada organisasi, nombor telefon atau alamat di dalamnya yang benar.',
    howToUse: 'Cara menggunakan direktori ini',
    howToUseText:
      'Hubungi perkhidmatan sebelum merujuk sesiapa kepadanya, untuk memastikan ia dapat membantu dan untuk bersetuju tentang langkah seterusnya. Terangkan perkhidmatan tersebut kepada individu berkenaan dan buat rujukan hanya jika dia bersetuju. Setiap entri telah disemak pada tarikh yang dinyatakan; perkhidmatan boleh berubah, jadi sahkan butirannya semasa anda menghubungi mereka.',
    safety: 'Alamat tempat perlindungan tidak akan dicetak. Hubungi perkhidmatan untuk mengaturkan tempat pertemuan yang selamat.',
    areaServed: 'Kawasan liputan',
    serves: 'Golongan sasaran',
    languages: 'Bahasa',
    nationalities: 'Kewarganegaraan',
    anyNationality: 'Semua kewarganegaraan',
    ages: 'Umur {min} hingga {max} tahun',
    phone: 'Telefon',
    hours: 'Waktu operasi',
    requirements: 'Syarat rujukan',
    howToRefer: 'Cara membuat rujukan',
    cost: 'Kos',
    lastVerified: 'Kali terakhir disahkan {date}',
    contents: 'Kandungan',
    serviceTypes: {
      shelter: 'Tempat perlindungan',
      medical: 'Rawatan perubatan',
      psychosocial: 'Sokongan psikososial',
      'legal-aid': 'Bantuan guaman',
      interpretation: 'Perkhidmatan jurubahasa',
      repatriation: 'Sokongan penghantaran pulang',
      livelihood: 'Sokongan mata pencarian',
      'child-specific': 'Perkhidmatan untuk kanak-kanak',
    },
    groups: {
      women: 'Wanita',
      men: 'Lelaki',
      girls: 'Kanak-kanak perempuan',
      boys: 'Kanak-kanak lelaki',
      'non-binary': 'Individu bukan binari',
    },
    costs: {
      free: 'Percuma',
      fee: 'Dikenakan bayaran',
      'sliding-scale': 'Bayaran mengikut pendapatan',
    },
  },
  vi: {
    publisher: labels.vi.publisher,
    title: 'Danh bạ dịch vụ hỗ trợ nạn nhân bị mua bán người',
    countryTitle: 'Danh bạ dịch vụ hỗ trợ nạn nhân bị mua bán người: {country}',
    fictitious: 'Mọi dịch vụ trong danh bạ này đều là hư cấu, được soạn cho một ấn bản trình diễn. Không có tổ chức, số điện thoại hay địa chỉ nào trong danh bạ là có thật.',
    howToUse: 'Cách sử dụng danh bạ này',
    howToUseText:
      'Hãy gọi cho dịch vụ trước khi chuyển gửi bất kỳ ai, để chắc chắn rằng dịch vụ có thể hỗ trợ và để thống nhất bước tiếp theo. Giải thích về dịch vụ cho người cần hỗ trợ và chỉ chuyển gửi khi người đó đồng ý. Mỗi mục đã được kiểm tra vào ngày ghi kèm; thông tin dịch vụ có thể thay đổi, vì vậy hãy xác nhận lại khi gọi.',
    safety: 'Địa chỉ nơi tạm lánh không bao giờ được in. Hãy gọi cho dịch vụ để sắp xếp một điểm hẹn an toàn.',
    areaServed: 'Địa bàn phục vụ',
    serves: 'Đối tượng phục vụ',
    languages: 'Ngôn ngữ',
    nationalities: 'Quốc tịch',
    anyNationality: 'Mọi quốc tịch',
    ages: 'Từ {min} đến {max} tuổi',
    phone: 'Điện thoại',
    hours: 'Giờ làm việc',
    requirements: 'Yêu cầu khi chuyển gửi',
    howToRefer: 'Cách chuyển gửi',
    cost: 'Chi phí',
    lastVerified: 'Kiểm tra lần cuối: {date}',
    contents: 'Mục lục',
    serviceTypes: {
      shelter: 'Nơi tạm lánh',
      medical: 'Chăm sóc y tế',
      psychosocial: 'Hỗ trợ tâm lý – xã hội',
      'legal-aid': 'Trợ giúp pháp lý',
      interpretation: 'Phiên dịch',
      repatriation: 'Hỗ trợ hồi hương',
      livelihood: 'Hỗ trợ sinh kế',
      'child-specific': 'Dịch vụ dành cho trẻ em',
    },
    groups: {
      women: 'Phụ nữ',
      men: 'Nam giới',
      girls: 'Trẻ em gái',
      boys: 'Trẻ em trai',
      'non-binary': 'Người phi nhị giới',
    },
    costs: {
      free: 'Miễn phí',
      fee: 'Có thu phí',
      'sliding-scale': 'Phí theo thu nhập',
    },
  },
  th: {
    publisher: labels.th.publisher,
    title: 'ทำเนียบบริการสำหรับผู้เสียหายจากการค้ามนุษย์',
    countryTitle: 'ทำเนียบบริการสำหรับผู้เสียหายจากการค้ามนุษย์: {country}',
    fictitious: 'บริการทุกแห่งในทำเนียบนี้เป็นข้อมูลสมมุติที่จัดทำขึ้นสำหรับฉบับสาธิต ไม่มีองค์กร หมายเลขโทรศัพท์ หรือที่อยู่ใดในทำเนียบนี้ที่มีอยู่จริง',
    howToUse: 'วิธีใช้ทำเนียบนี้',
    howToUseText:
      'โปรดโทรติดต่อบริการก่อนส่งต่อผู้ใด เพื่อตรวจสอบว่าบริการนั้นช่วยเหลือได้ และเพื่อตกลงขั้นตอนถัดไปร่วมกัน อธิบายบริการให้บุคคลนั้นเข้าใจ และส่งต่อเมื่อเขายินยอมเท่านั้น ข้อมูลแต่ละรายการได้รับการตรวจสอบ ณ วันที่ที่ระบุไว้ และบริการอาจเปลี่ยนแปลงได้ จึงควรยืนยันรายละเอียดอีกครั้งเมื่อโทรติดต่อ',
    safety: 'ทำเนียบนี้จะไม่พิมพ์ที่อยู่ของบ้านพักพิงไว้ในทุกกรณี โปรดโทรติดต่อบริการเพื่อนัดหมายจุดพบที่ปลอดภัย',
    areaServed: 'พื้นที่ให้บริการ',
    serves: 'กลุ่มผู้รับบริการ',
    languages: 'ภาษา',
    nationalities: 'สัญชาติ',
    anyNationality: 'ทุกสัญชาติ',
    ages: 'อายุ {min} ถึง {max} ปี',
    phone: 'โทรศัพท์',
    hours: 'เวลาทำการ',
    requirements: 'เงื่อนไขการส่งต่อ',
    howToRefer: 'วิธีส่งต่อ',
    cost: 'ค่าใช้จ่าย',
    lastVerified: 'ตรวจสอบล่าสุด {date}',
    contents: 'สารบัญ',
    serviceTypes: {
      shelter: 'ที่พักพิง',
      medical: 'การรักษาพยาบาล',
      psychosocial: 'การช่วยเหลือด้านจิตสังคม',
      'legal-aid': 'ความช่วยเหลือทางกฎหมาย',
      interpretation: 'บริการล่าม',
      repatriation: 'การสนับสนุนการส่งกลับ',
      livelihood: 'การสนับสนุนด้านอาชีพ',
      'child-specific': 'บริการสำหรับเด็ก',
    },
    groups: {
      women: 'ผู้หญิง',
      men: 'ผู้ชาย',
      girls: 'เด็กหญิง',
      boys: 'เด็กชาย',
      'non-binary': 'ผู้มีอัตลักษณ์นอนไบนารี',
    },
    costs: {
      free: 'ไม่มีค่าใช้จ่าย',
      fee: 'มีค่าบริการ',
      'sliding-scale': 'ค่าบริการตามระดับรายได้',
    },
  },
}
