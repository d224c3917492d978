// Words the print template itself uses, per locale.
import type { LocaleCode } from '../../i18n/locales'

export interface Labels {
  series: string
  publisher: string
  contents: string
  exercise: string
  notes: string
  illustrative: string
  annexInstruments: string
  annexGlossary: string
  edition: string
  funding: string
  incomplete: string
  /** "Figure" before a figure's number. */
  figure: string
  /** Keywords of every edition's PDF metadata, in its language. */
  keywords: string[]
  /** A cross-reference's page: "see page" before the number. */
  seePage: string
  parts: Record<string, string>
}

const seriesEn = 'Improving the Identification, Protection and Reintegration of Trafficking Victims in Asia'

export const labels: Record<LocaleCode, Labels> = {
  en: {
    series: seriesEn,
    publisher: 'Demo Research Institute and Demo Regional Office',
    contents: 'Contents',
    exercise: 'Exercise',
    notes: 'Notes',
    illustrative: 'Illustrative quote written for this demonstration edition.',
    annexInstruments: 'Annex A. Legal instruments cited',
    annexGlossary: 'Annex B. Glossary',
    edition: 'Edition',
    funding: 'Demonstration edition produced with guidepress. Funding statement appears here in published editions.',
    incomplete: 'Parts of this translation have not yet been reviewed or still appear in English.',
    figure: 'Figure',
    keywords: ['human trafficking', 'victim protection', 'practitioner guide'],
    seePage: 'see page',
    parts: { introduction: 'Part 1', 'legal-obligations': 'Part 2', 'key-concepts': 'Part 3', 'issues-and-challenges': 'Part 4', guidance: 'Part 5', other: '' },
  },
  id: {
    series: 'Meningkatkan Identifikasi, Perlindungan, dan Reintegrasi Korban Perdagangan Orang di Asia',
    publisher: 'Lembaga Riset Demo dan Kantor Regional Demo',
    contents: 'Daftar Isi',
    exercise: 'Latihan',
    notes: 'Catatan',
    illustrative: 'Kutipan ilustratif yang ditulis untuk edisi demonstrasi ini.',
    annexInstruments: 'Lampiran A. Instrumen hukum yang dikutip',
    annexGlossary: 'Lampiran B. Glosarium',
    edition: 'Edisi',
    funding: 'Edisi demonstrasi yang dibuat dengan guidepress. Pernyataan pendanaan dicantumkan di sini pada edisi terbitan.',
    incomplete: 'Sebagian terjemahan ini belum ditinjau atau masih ditampilkan dalam bahasa Inggris.',
    figure: 'Gambar',
    keywords: ['perdagangan orang', 'perlindungan korban', 'panduan praktisi'],
    seePage: 'lihat halaman',
    parts: { introduction: 'Bagian 1', 'legal-obligations': 'Bagian 2', 'key-concepts': 'Bagian 3', 'issues-and-challenges': 'Bagian 4', guidance: 'Bagian 5', other: '' },
  },
  ms: {
    series: 'Menambah Baik Pengenalpastian, Perlindungan dan Integrasi Semula Mangsa Pemerdagangan Orang di Asia',
    publisher: 'Institut Penyelidikan Demo dan Pejabat Serantau Demo',
    contents: 'Kandungan',
    exercise: 'Latihan',
    notes: 'Nota',
    illustrative: 'Petikan ilustrasi yang ditulis untuk edisi demonstrasi ini.',
    annexInstruments: 'Lampiran A. Instrumen undang-undang yang dirujuk',
    annexGlossary: 'Lampiran B. Glosari',
    edition: 'Edisi',
    funding: 'Edisi demonstrasi yang dihasilkan dengan guidepress. Kenyataan pembiayaan dinyatakan di sini dalam edisi terbitan.',
    incomplete: 'Sebahagian terjemahan ini belum disemak atau masih dipaparkan dalam bahasa Inggeris.',
    figure: 'Rajah',
    keywords: ['pemerdagangan orang', 'perlindungan mangsa', 'panduan pengamal'],
    seePage: 'lihat halaman',
    parts: { introduction: 'Bahagian 1', 'legal-obligations': 'Bahagian 2', 'key-concepts': 'Bahagian 3', 'issues-and-challenges': 'Bahagian 4', guidance: 'Bahagian 5', other: '' },
  },
  vi: {
    series: 'Nâng cao công tác xác định, bảo vệ và tái hòa nhập nạn nhân mua bán người tại châu Á',
    publisher: 'Viện Nghiên cứu Minh họa và Văn phòng Khu vực Minh họa',
    contents: 'Mục lục',
    exercise: 'Bài tập',
    notes: 'Ghi chú',
    illustrative: 'Trích dẫn minh họa được viết cho ấn bản trình diễn này.',
    annexInstruments: 'Phụ lục A. Các văn kiện pháp lý được trích dẫn',
    annexGlossary: 'Phụ lục B. Thuật ngữ',
    edition: 'Ấn bản',
    funding: 'Ấn bản trình diễn được tạo bằng guidepress. Tuyên bố tài trợ xuất hiện ở đây trong các ấn bản chính thức.',
    incomplete: 'Một số phần của bản dịch này chưa được duyệt hoặc vẫn còn bằng tiếng Anh.',
    figure: 'Hình',
    keywords: ['mua bán người', 'bảo vệ nạn nhân', 'hướng dẫn thực hành'],
    seePage: 'xem trang',
    parts: { introduction: 'Phần 1', 'legal-obligations': 'Phần 2', 'key-concepts': 'Phần 3', 'issues-and-challenges': 'Phần 4', guidance: 'Phần 5', other: '' },
  },
  th: {
    series: 'การพัฒนาการคัดแยก การคุ้มครอง และการคืนสู่สังคมของผู้เสียหายจากการค้ามนุษย์ในเอเชีย',
    publisher: 'สถาบันวิจัยสาธิตและสำนักงานภูมิภาคสาธิต',
    contents: 'สารบัญ',
    exercise: 'แบบฝึกหัด',
    notes: 'บันทึก',
    illustrative: 'คำพูดตัวอย่างที่เขียนขึ้นสำหรับฉบับสาธิตนี้',
    annexInstruments: 'ภาคผนวก ก. ตราสารทางกฎหมายที่อ้างถึง',
    annexGlossary: 'ภาคผนวก ข. อภิธานศัพท์',
    edition: 'ฉบับ',
    funding: 'ฉบับสาธิตที่จัดทำด้วย guidepress ข้อความเกี่ยวกับผู้ให้ทุนจะปรากฏที่นี่ในฉบับที่เผยแพร่จริง',
    incomplete: 'บางส่วนของฉบับแปลนี้ยังไม่ผ่านการตรวจทานหรือยังแสดงเป็นภาษาอังกฤษ',
    figure: 'ภาพที่',
    keywords: ['การค้ามนุษย์', 'การคุ้มครองผู้เสียหาย', 'คู่มือผู้ปฏิบัติงาน'],
    seePage: 'ดูหน้า',
    parts: { introduction: 'ส่วนที่ 1', 'legal-obligations': 'ส่วนที่ 2', 'key-concepts': 'ส่วนที่ 3', 'issues-and-challenges': 'ส่วนที่ 4', guidance: 'ส่วนที่ 5', other: '' },
  },
}
