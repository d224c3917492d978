// Words a printed facilitator guide uses, per locale (written for guidepress). Placeholders in
// braces ({n}, {title}, {min}, {max}) are replaced when it is rendered.
import type { LocaleCode } from '../../i18n/locales'

export interface FacilitatorLabels {
  facilitatorGuide: string
  forGuide: string
  introduction: string
  agendaOneDay: string
  agendaTwoDays: string
  day: string
  time: string
  breakTime: string
  lunch: string
  session: string
  minutes: string
  duration: string
  objectives: string
  objectivesLead: string
  participants: string
  groupSize: string
  materials: string
  roomSetup: string
  preparation: string
  activities: string
  facilitatorNotes: string
  drawsOn: string
  handout: string
  handouts: string
  handoutsIntro: string
  caseStudy: string
  exercise: string
  discussionQuestions: string
  survivorVoice: string
  methods: Record<'presentation' | 'group-work' | 'role-play' | 'case-study' | 'reflection' | 'discussion' | 'energiser', string>
}

export const facilitatorLabels: Record<LocaleCode, FacilitatorLabels> = {
  en: {
    facilitatorGuide: 'Facilitator guide',
    forGuide: 'For use with practitioner guide {n}: {title}',
    introduction: 'Introduction',
    agendaOneDay: 'Agenda for a one-day course',
    agendaTwoDays: 'Agenda for a two-day course',
    day: 'Day {n}',
    time: 'Time',
    breakTime: 'Break',
    lunch: 'Lunch',
    session: 'Session {n}',
    minutes: '{n} min',
    duration: 'Duration',
    objectives: 'Learning objectives',
    objectivesLead: 'By the end of the session, participants can:',
    participants: 'Participants',
    groupSize: '{min} to {max} participants',
    materials: 'Materials',
    roomSetup: 'Room set-up',
    preparation: 'Before the session',
    activities: 'Activities',
    facilitatorNotes: 'Note for the facilitator',
    drawsOn: 'Draws on',
    handout: 'Handout',
    handouts: 'Handouts',
    handoutsIntro: 'Print one copy of each handout for every participant. The handouts are also a separate PDF.',
    caseStudy: 'Case study',
    exercise: 'Exercise',
    discussionQuestions: 'Questions for discussion',
    survivorVoice: "A survivor's voice",
    methods: {
      presentation: 'Presentation',
      'group-work': 'Group work',
      'role-play': 'Role play',
      'case-study': 'Case study',
      reflection: 'Reflection',
      discussion: 'Discussion',
      energiser: 'Energiser',
    },
  },
  id: {
    facilitatorGuide: 'Panduan fasilitator',
    forGuide: 'Untuk digunakan bersama panduan praktisi ke-{n}: {title}',
    introduction: 'Pendahuluan',
    agendaOneDay: 'Agenda pelatihan satu hari',
    agendaTwoDays: 'Agenda pelatihan dua hari',
    day: 'Hari ke-{n}',
    time: 'Waktu',
    breakTime: 'Rehat',
    lunch: 'Makan siang',
    session: 'Sesi {n}',
    minutes: '{n} menit',
    duration: 'Durasi',
    objectives: 'Tujuan pembelajaran',
    objectivesLead: 'Pada akhir sesi, peserta dapat:',
    participants: 'Peserta',
    groupSize: '{min} sampai {max} peserta',
    materials: 'Alat dan bahan',
    roomSetup: 'Penataan ruangan',
    preparation: 'Sebelum sesi',
    activities: 'Kegiatan',
    facilitatorNotes: 'Catatan untuk fasilitator',
    drawsOn: 'Bersumber dari',
    handout: 'Bahan bagikan',
    handouts: 'Bahan bagikan',
    handoutsIntro: 'Cetak satu eksemplar dari masing-masing bahan bagikan untuk setiap peserta. Bahan bagikan juga tersedia dalam PDF terpisah.',
    caseStudy: 'Studi kasus',
    exercise: 'Latihan',
    discussionQuestions: 'Pertanyaan untuk diskusi',
    survivorVoice: 'Suara penyintas',
    methods: {
      presentation: 'Presentasi',
      'group-work': 'Kerja kelompok',
      'role-play': 'Bermain peran',
      'case-study': 'Studi kasus',
      reflection: 'Refleksi',
      discussion: 'Diskusi',
      energiser: 'Penyegar suasana',
    },
  },
  ms: {
    facilitatorGuide: 'Panduan fasilitator',
    forGuide: 'Untuk digunakan bersama panduan pengamal ke-{n}: {title}',
    introduction: 'Pengenalan',
    agendaOneDay: 'Agenda kursus sehari',
    agendaTwoDays: 'Agenda kursus dua hari',
    day: 'Hari {n}',
    time: 'Masa',
    breakTime: 'Rehat',
    lunch: 'Makan tengah hari',
    session: 'Sesi {n}',
    minutes: '{n} minit',
    duration: 'Tempoh',
    objectives: 'Objektif pembelajaran',
    objectivesLead: 'Pada akhir sesi ini, peserta dapat:',
    participants: 'Peserta',
    groupSize: '{min} hingga {max} peserta',
    materials: 'Bahan dan peralatan',
    roomSetup: 'Susun atur bilik',
    preparation: 'Sebelum sesi',
    activities: 'Aktiviti',
    facilitatorNotes: 'Nota untuk fasilitator',
    drawsOn: 'Berdasarkan',
    handout: 'Bahan edaran',
    handouts: 'Bahan edaran',
    handoutsIntro: 'Cetak satu salinan setiap bahan edaran untuk setiap peserta. Bahan edaran ini juga disediakan dalam PDF yang berasingan.',
    caseStudy: 'Kajian kes',
    exercise: 'Latihan',
    discussionQuestions: 'Soalan untuk perbincangan',
    survivorVoice: 'Suara mangsa terselamat',
    methods: {
      presentation: 'Pembentangan',
      'group-work': 'Kerja berkumpulan',
      'role-play': 'Main peranan',
      'case-study': 'Kajian kes',
      reflection: 'Renungan',
      discussion: 'Perbincangan',
      energiser: 'Aktiviti penyegar',
    },
  },
  vi: {
    facilitatorGuide: 'Hướng dẫn dành cho người điều phối',
    forGuide: 'Sử dụng cùng cẩm nang số {n} dành cho người làm công tác thực tiễn: {title}',
    introduction: 'Giới thiệu',
    agendaOneDay: 'Chương trình khóa tập huấn một ngày',
    agendaTwoDays: 'Chương trình khóa tập huấn hai ngày',
    day: 'Ngày {n}',
    time: 'Thời gian',
    breakTime: 'Giải lao',
    lunch: 'Nghỉ trưa',
    session: 'Phiên {n}',
    minutes: '{n} phút',
    duration: 'Thời lượng',
    objectives: 'Mục tiêu học tập',
    objectivesLead: 'Sau phiên học, học viên có thể:',
    participants: 'Học viên',
    groupSize: 'Từ {min} đến {max} học viên',
    materials: 'Tài liệu và dụng cụ',
    roomSetup: 'Bố trí phòng học',
    preparation: 'Trước phiên học',
    activities: 'Các hoạt động',
    facilitatorNotes: 'Lưu ý cho người điều phối',
    drawsOn: 'Dựa trên',
    handout: 'Tài liệu phát tay',
    handouts: 'Các tài liệu phát tay',
    handoutsIntro: 'In mỗi tài liệu phát tay một bản cho từng học viên. Các tài liệu phát tay cũng có trong một tệp PDF riêng.',
    caseStudy: 'Nghiên cứu tình huống',
    exercise: 'Bài tập',
    discussionQuestions: 'Câu hỏi thảo luận',
    survivorVoice: 'Tiếng nói của người sống sót',
    methods: {
      presentation: 'Thuyết trình',
      'group-work': 'Làm việc nhóm',
      'role-play': 'Đóng vai',
      'case-study': 'Nghiên cứu tình huống',
      reflection: 'Suy ngẫm',
      discussion: 'Thảo luận',
      energiser: 'Khởi động',
    },
  },
  th: {
    facilitatorGuide: 'คู่มือวิทยากร',
    forGuide: 'ใช้ประกอบกับคู่มือสำหรับผู้ปฏิบัติงานเล่มที่ {n}: {title}',
    introduction: 'บทนำ',
    agendaOneDay: 'กำหนดการอบรมหลักสูตรหนึ่งวัน',
    agendaTwoDays: 'กำหนดการอบรมหลักสูตรสองวัน',
    day: 'วันที่ {n}',
    time: 'เวลา',
    breakTime: 'พักรับประทานอาหารว่าง',
    lunch: 'พักรับประทานอาหารกลางวัน',
    session: 'ช่วงที่ {n}',
    minutes: '{n} นาที',
    duration: 'ระยะเวลา',
    objectives: 'วัตถุประสงค์การเรียนรู้',
    objectivesLead: 'เมื่อจบช่วงนี้ ผู้เข้าอบรมจะสามารถ:',
    participants: 'ผู้เข้าอบรม',
    groupSize: 'ผู้เข้าอบรม {min} ถึง {max} คน',
    materials: 'สื่อและอุปกรณ์',
    roomSetup: 'การจัดห้อง',
    preparation: 'ก่อนเริ่มช่วงการอบรม',
    activities: 'กิจกรรม',
    facilitatorNotes: 'หมายเหตุสำหรับวิทยากร',
    drawsOn: 'อ้างอิงจาก',
    handout: 'เอกสารประกอบ',
    handouts: 'เอกสารประกอบการอบรม',
    handoutsIntro: 'พิมพ์เอกสารประกอบแต่ละฉบับให้ผู้เข้าอบรมคนละหนึ่งชุด เอกสารประกอบทั้งหมดมีให้เป็นไฟล์ PDF แยกต่างหากด้วย',
    caseStudy: 'กรณีศึกษา',
    exercise: 'แบบฝึกหัด',
    discussionQuestions: 'คำถามเพื่อการอภิปราย',
    survivorVoice: 'เสียงของผู้รอดพ้น',
    methods: {
      presentation: 'การบรรยาย',
      'group-work': 'การทำงานกลุ่ม',
      'role-play': 'การแสดงบทบาทสมมติ',
      'case-study': 'กรณีศึกษา',
      reflection: 'การทบทวนตนเอง',
      discussion: 'การอภิปราย',
      energiser: 'กิจกรรมกระตุ้นพลัง',
    },
  },
}
