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
  /** The imprint: licence line, suggested citation, the guide's place in the series, the standard disclaimer. */
  licensed: (licence: string, url: string) => string
  allRightsReserved: string
  suggestedCitation: string
  guideNumber: (n: number) => string
  viewsDisclaimer: string
  incomplete: string
  /** "Figure" before a figure's number. */
  figure: string
  /** Keywords of every edition's PDF metadata, in its language. */
  keywords: string[]
  /** A cross-reference's page: "see page" before the number. */
  seePage: string
  /** A numbered part of a guide: "Part 3". */
  part: (n: number) => string
  /** What the Guidance Note is called where a practitioner guide shows its number (cover, citation). */
  guidanceNote: string
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
    licensed: (licence, url) => `Published under the ${licence} licence (${url}).`,
    allRightsReserved: 'All rights reserved.',
    suggestedCitation: 'Suggested citation',
    guideNumber: (n) => `guide ${n}`,
    viewsDisclaimer: 'The views expressed in this guide are those of its authors and do not necessarily reflect the position of any government or funder.',
    incomplete: 'Parts of this translation have not yet been reviewed or still appear in English.',
    figure: 'Figure',
    keywords: ['human trafficking', 'victim protection', 'practitioner guide'],
    seePage: 'see page',
    part: (n) => `Part ${n}`,
    guidanceNote: 'Guidance note',
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
    licensed: (licence, url) => `Diterbitkan dengan lisensi ${licence} (${url}).`,
    allRightsReserved: 'Hak cipta dilindungi undang-undang.',
    suggestedCitation: 'Kutipan yang disarankan',
    guideNumber: (n) => `panduan ke-${n}`,
    viewsDisclaimer: 'Pandangan dalam panduan ini adalah pandangan para penulis dan belum tentu mencerminkan sikap pemerintah atau penyandang dana mana pun.',
    incomplete: 'Sebagian terjemahan ini belum ditinjau atau masih ditampilkan dalam bahasa Inggris.',
    figure: 'Gambar',
    keywords: ['perdagangan orang', 'perlindungan korban', 'panduan praktisi'],
    seePage: 'lihat halaman',
    part: (n) => `Bagian ${n}`,
    guidanceNote: 'Catatan panduan',
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
    licensed: (licence, url) => `Diterbitkan di bawah lesen ${licence} (${url}).`,
    allRightsReserved: 'Hak cipta terpelihara.',
    suggestedCitation: 'Petikan yang dicadangkan',
    guideNumber: (n) => `panduan ke-${n}`,
    viewsDisclaimer: 'Pandangan dalam panduan ini ialah pandangan para penulis dan tidak semestinya mencerminkan pendirian mana-mana kerajaan atau penyandang dana.',
    incomplete: 'Sebahagian terjemahan ini belum disemak atau masih dipaparkan dalam bahasa Inggeris.',
    figure: 'Rajah',
    keywords: ['pemerdagangan orang', 'perlindungan mangsa', 'panduan pengamal'],
    seePage: 'lihat halaman',
    part: (n) => `Bahagian ${n}`,
    guidanceNote: 'Nota panduan',
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
    licensed: (licence, url) => `Xuất bản theo giấy phép ${licence} (${url}).`,
    allRightsReserved: 'Bảo lưu mọi quyền.',
    suggestedCitation: 'Trích dẫn đề xuất',
    guideNumber: (n) => `cẩm nang số ${n}`,
    viewsDisclaimer: 'Quan điểm trong cẩm nang này là của các tác giả và không nhất thiết phản ánh lập trường của bất kỳ chính phủ hay nhà tài trợ nào.',
    incomplete: 'Một số phần của bản dịch này chưa được duyệt hoặc vẫn còn bằng tiếng Anh.',
    figure: 'Hình',
    keywords: ['mua bán người', 'bảo vệ nạn nhân', 'hướng dẫn thực hành'],
    seePage: 'xem trang',
    part: (n) => `Phần ${n}`,
    guidanceNote: 'Ghi chú hướng dẫn',
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
    licensed: (licence, url) => `เผยแพร่ภายใต้สัญญาอนุญาต ${licence} (${url})`,
    allRightsReserved: 'สงวนลิขสิทธิ์',
    suggestedCitation: 'การอ้างอิงที่แนะนำ',
    guideNumber: (n) => `คู่มือเล่มที่ ${n}`,
    viewsDisclaimer: 'ความเห็นในคู่มือนี้เป็นของผู้เขียน และไม่จำเป็นต้องสะท้อนจุดยืนของรัฐบาลหรือผู้ให้ทุนใด',
    incomplete: 'บางส่วนของฉบับแปลนี้ยังไม่ผ่านการตรวจทานหรือยังแสดงเป็นภาษาอังกฤษ',
    figure: 'ภาพที่',
    keywords: ['การค้ามนุษย์', 'การคุ้มครองผู้เสียหาย', 'คู่มือผู้ปฏิบัติงาน'],
    seePage: 'ดูหน้า',
    part: (n) => `ส่วนที่ ${n}`,
    guidanceNote: 'บันทึกแนวทาง',
  },
}
