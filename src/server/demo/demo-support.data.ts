/**
 * The demo's support history, relative to the day it is seeded: packages, the
 * companies' subscriptions, and tickets with their messages and tasks. Times are
 * `[daysAgo, 'HH:MM']` on the company's wall clock, or `{ minutesAgo }`.
 */

export type DemoWhen = readonly [daysAgo: number, time: string] | { minutesAgo: number };

export interface DemoMessage {
  kind: 'message';
  at: DemoWhen;
  by: string;
  body: string;
  isInternal?: boolean;
}
export interface DemoTask {
  kind: 'task';
  at: DemoWhen;
  by: string;
  description: string;
  /** Absent for a task still running. */
  minutes?: number;
  isBillable?: boolean;
  /** Logged after its period had ended: recorded as a visible late correction. */
  lateReason?: { at: DemoWhen; reason: string };
}
export interface DemoClose {
  kind: 'close';
  at: DemoWhen;
  by: string;
}
export type DemoAction = DemoMessage | DemoTask | DemoClose;

export interface DemoTicket {
  company: string;
  subject: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  link?: string;
  /** The first action is the requester's message: the ticket's description. */
  actions: DemoAction[];
}

export const demoPackages = {
  monthly: {
    name: 'Support 10 ώρες/μήνα',
    description: 'Μηνιαία υποστήριξη: 10 ώρες κάθε μήνα, χρέωση ανά 15 λεπτά.',
    hoursPerPeriod: 10,
    periodKind: 'monthly' as const,
    billingIncrementMinutes: 15,
    // What the package promises, in business hours: a reply within 4, a fix within 16.
    firstResponseTargetHours: 4,
    resolutionTargetHours: 16,
  },
  block: {
    name: 'Μπλοκ 40 ωρών',
    description: 'Προπληρωμένες 40 ώρες, χωρίς λήξη ανά μήνα, χρέωση ανά 15 λεπτά.',
    hoursPerPeriod: 40,
    periodKind: 'one_off' as const,
    billingIncrementMinutes: 15,
  },
};

/**
 * Which package each company has, and from when: the bakery's month renews 15
 * days before the seed (so its current period has room for the ~80 % used), the
 * law firm's on the 1st, the hotel has a one-off block.
 */
export const demoSubscriptions: {
  company: string;
  package: keyof typeof demoPackages;
  start:
    | { anchorDaysAgo: number; monthsBack: number }
    | { daysAgo: number }
    | { firstOfMonthsBack: number };
  hoursPerPeriodOverride?: number;
}[] = [
  {
    company: 'Φούρνοι Παπαδόπουλος Α.Ε.',
    package: 'monthly',
    start: { anchorDaysAgo: 15, monthsBack: 6 },
  },
  {
    company: 'Θαλασσινή Ξενοδοχειακή Μ.Ι.Κ.Ε.',
    package: 'block',
    start: { daysAgo: 120 },
  },
  {
    company: 'Νομική Σύμπραξη Βασιλείου & Συνεργάτες',
    package: 'monthly',
    start: { firstOfMonthsBack: 10 },
    hoursPerPeriodOverride: 6,
  },
];

const ELENI = 'eleni@aitima.demo';
const NIKOS = 'nikos@aitima.demo';
const GIORGOS = 'admin@aitima.demo';
const MARIA = 'maria@papadopoulos-bakery.gr';
const KOSTAS = 'kostas@papadopoulos-bakery.gr';
const DESPINA = 'despina@thalassa-hotel.gr';
const ANTONIS = 'antonis@vasileiou-law.gr';
const SOFIA = 'sofia@vasileiou-law.gr';

const BAKERY = 'Φούρνοι Παπαδόπουλος Α.Ε.';
const HOTEL = 'Θαλασσινή Ξενοδοχειακή Μ.Ι.Κ.Ε.';
const LAW = 'Νομική Σύμπραξη Βασιλείου & Συνεργάτες';

const say = (at: DemoWhen, by: string, body: string, isInternal = false): DemoMessage => ({
  kind: 'message',
  at,
  by,
  body,
  isInternal,
});
const work = (
  at: DemoWhen,
  by: string,
  minutes: number | undefined,
  description: string,
  extra: Partial<DemoTask> = {},
): DemoTask => ({ kind: 'task', at, by, minutes, description, ...extra });
const close = (at: DemoWhen, by: string): DemoClose => ({ kind: 'close', at, by });

// The bakery's current period (the last 15 days) uses 480 of 600 billable minutes: 80 %.
const bakery: DemoTicket[] = [
  {
    company: BAKERY,
    subject: 'Εγκατάσταση νέου POS στο κατάστημα Κυψέλης',
    actions: [
      say(
        [160, '09:10'],
        MARIA,
        'Ανοίγουμε νέο κατάστημα στην Κυψέλη και χρειαζόμαστε εγκατάσταση ταμειακού συστήματος και σύνδεση με το κεντρικό.',
      ),
      work(
        [159, '10:00'],
        NIKOS,
        240,
        'Εγκατάσταση POS, ταμειακής και σύνδεση με τον κεντρικό server',
      ),
      say(
        [159, '15:05'],
        NIKOS,
        'Η εγκατάσταση ολοκληρώθηκε. Μπορείτε να κάνετε μια δοκιμαστική πώληση;',
      ),
      say([158, '08:40'], MARIA, 'Όλα δουλεύουν σωστά, ευχαριστούμε πολύ!'),
      work([158, '09:00'], NIKOS, 45, 'Τελικός έλεγχος συγχρονισμού πωλήσεων'),
      close([158, '09:50'], NIKOS),
    ],
  },
  {
    company: BAKERY,
    subject: 'Μεταφορά αρχείων λογιστηρίου σε νέο NAS',
    actions: [
      say(
        [128, '11:20'],
        MARIA,
        'Ο παλιός δίσκος του λογιστηρίου γέμισε. Αγοράσαμε NAS, μπορείτε να μεταφέρετε τα αρχεία;',
      ),
      work([127, '09:30'], ELENI, 300, 'Ρύθμιση NAS, δικαιώματα χρηστών και μεταφορά αρχείων'),
      work([126, '10:00'], ELENI, 90, 'Ρύθμιση αυτόματων αντιγράφων ασφαλείας στο NAS'),
      say(
        [126, '12:00'],
        ELENI,
        'Τα αρχεία μεταφέρθηκαν και τα αντίγραφα ασφαλείας τρέχουν κάθε βράδυ στις 23:00.',
      ),
      close([125, '09:00'], ELENI),
    ],
  },
  {
    company: BAKERY,
    subject: 'Αργό Wi-Fi στο εργαστήριο',
    actions: [
      say(
        [98, '07:45'],
        KOSTAS,
        'Στο εργαστήριο το Wi-Fi κόβεται συνέχεια και τα tablet των παραγγελιών δεν συγχρονίζουν.',
      ),
      work([97, '10:30'], NIKOS, 150, 'Μέτρηση σήματος και τοποθέτηση δεύτερου access point'),
      say(
        [97, '13:10'],
        NIKOS,
        'Προσθέσαμε δεύτερο access point πάνω από τους φούρνους. Πείτε μας αν βλέπετε ακόμα διακοπές.',
      ),
      say([95, '08:15'], KOSTAS, 'Δεν έχουμε καμία διακοπή από τότε.'),
      close([95, '09:00'], NIKOS),
    ],
  },
  {
    company: BAKERY,
    subject: 'Ανανέωση πιστοποιητικού SSL του e-shop',
    link: 'https://papadopoulos-bakery.gr',
    actions: [
      say(
        [66, '10:00'],
        MARIA,
        'Ο browser γράφει ότι το e-shop «δεν είναι ασφαλές». Τι πρέπει να κάνουμε;',
      ),
      work([66, '11:00'], ELENI, 40, 'Ανανέωση πιστοποιητικού και αυτόματη ανανέωση'),
      say([66, '11:45'], ELENI, 'Το πιστοποιητικό ανανεώθηκε και πλέον ανανεώνεται αυτόματα.'),
      close([66, '11:50'], ELENI),
    ],
  },
  {
    company: BAKERY,
    subject: 'Πρόσβαση νέας υπαλλήλου στο λογιστικό πρόγραμμα',
    actions: [
      say(
        [38, '09:00'],
        MARIA,
        'Προσλάβαμε τη Βασιλική στο λογιστήριο. Χρειάζεται λογαριασμό και πρόσβαση στο λογιστικό.',
      ),
      work([38, '12:00'], ELENI, 50, 'Δημιουργία λογαριασμού, email και δικαιωμάτων'),
      work([37, '10:00'], ELENI, 30, 'Εγκατάσταση λογιστικού στον υπολογιστή της'),
      close([37, '10:40'], ELENI),
    ],
  },
  {
    company: BAKERY,
    subject: 'Δεν τυπώνει ο εκτυπωτής αποδείξεων στο κατάστημα Αλεξάνδρας',
    priority: 'high',
    actions: [
      say(
        [12, '08:05'],
        KOSTAS,
        'Από το πρωί ο εκτυπωτής αποδείξεων δεν τυπώνει. Βγάζει ένα κόκκινο λαμπάκι.',
      ),
      work([12, '08:30'], ELENI, 75, 'Απομακρυσμένη σύνδεση και επανεγκατάσταση οδηγού εκτυπωτή'),
      say(
        [12, '09:50'],
        ELENI,
        'Επανεγκαταστήσαμε τον οδηγό. Μπορείτε να δοκιμάσετε μια απόδειξη;',
      ),
      say([12, '10:10'], KOSTAS, 'Τώρα τυπώνει κανονικά, ευχαριστούμε!'),
      work([11, '09:30'], ELENI, 30, 'Έλεγχος εκτύπωσης μετά την ενημέρωση του ταμειακού'),
      close([11, '10:05'], ELENI),
    ],
  },
  {
    company: BAKERY,
    subject: 'Ρύθμιση email στα νέα κινητά των οδηγών',
    actions: [
      say(
        [9, '12:30'],
        MARIA,
        'Πήραμε τέσσερα νέα κινητά για τους οδηγούς διανομής. Θέλουμε να έχουν το εταιρικό email.',
      ),
      work([8, '11:00'], NIKOS, 120, 'Ρύθμιση εταιρικού email σε 4 κινητά'),
      say(
        [8, '13:05'],
        NIKOS,
        'Τα τρία κινητά είναι έτοιμα. Το τέταρτο χρειάζεται τον κωδικό του Apple ID του οδηγού: μπορείτε να μας τον στείλετε;',
      ),
    ],
  },
  {
    company: BAKERY,
    subject: 'Το e-shop δείχνει λάθος τιμές στα γλυκά',
    priority: 'urgent',
    link: 'https://papadopoulos-bakery.gr/glyka',
    actions: [
      say(
        [6, '09:15'],
        MARIA,
        'Μετά την αλλαγή τιμοκαταλόγου, τα γλυκά εμφανίζονται με τις παλιές τιμές στο e-shop.',
      ),
      work([6, '10:00'], ELENI, 90, 'Διόρθωση τιμοκαταλόγου στο e-shop'),
      say(
        [6, '10:20'],
        ELENI,
        'Το πρόβλημα είναι στον συγχρονισμό με το ERP. Το εξετάζουμε.',
        true,
      ),
      work([5, '11:00'], NIKOS, 60, 'Διόρθωση συγχρονισμού τιμών ERP → e-shop'),
    ],
  },
  {
    company: BAKERY,
    subject: 'Αντίγραφα ασφαλείας του λογιστικού',
    actions: [
      say(
        [3, '14:00'],
        KOSTAS,
        'Θα θέλαμε να ελέγξετε αν παίρνονται σωστά τα αντίγραφα ασφαλείας του λογιστικού.',
      ),
      work([2, '16:00'], NIKOS, 100, 'Έλεγχος και δοκιμαστική επαναφορά αντιγράφου ασφαλείας'),
      work([2, '17:45'], NIKOS, 20, 'Εσωτερικός έλεγχος ρυθμίσεων', { isBillable: false }),
      say(
        [2, '18:10'],
        NIKOS,
        'Τα αντίγραφα παίρνονται κανονικά· κάναμε και μια δοκιμαστική επαναφορά.',
      ),
      say(
        [1, '09:00'],
        KOSTAS,
        'Ευχαριστούμε. Μπορούμε να κρατάμε αντίγραφα και για τον προηγούμενο χρόνο;',
      ),
    ],
  },
];

// 1110 of the hotel's 2400 block minutes.
const hotel: DemoTicket[] = [
  {
    company: HOTEL,
    subject: 'Το σύστημα κρατήσεων δεν συγχρονίζεται με το Booking',
    priority: 'high',
    actions: [
      say(
        [100, '08:30'],
        DESPINA,
        'Οι κρατήσεις από το Booking δεν εμφανίζονται στο PMS από χθες το βράδυ.',
      ),
      work([100, '09:00'], NIKOS, 180, 'Διάγνωση channel manager και νέα κλειδιά API'),
      work([99, '10:00'], NIKOS, 120, 'Επανασυγχρονισμός κρατήσεων τελευταίων 48 ωρών'),
      say(
        [99, '12:15'],
        NIKOS,
        'Ο συγχρονισμός αποκαταστάθηκε και όλες οι κρατήσεις πέρασαν στο PMS.',
      ),
      close([98, '09:00'], NIKOS),
    ],
  },
  {
    company: HOTEL,
    subject: 'Νέο δίκτυο Wi-Fi για τους επισκέπτες',
    actions: [
      say(
        [75, '11:00'],
        DESPINA,
        'Θέλουμε ξεχωριστό δίκτυο για τους επισκέπτες με σελίδα καλωσορίσματος.',
      ),
      work([74, '09:00'], ELENI, 240, 'Ρύθμιση VLAN και captive portal'),
      work([73, '09:00'], ELENI, 180, 'Εγκατάσταση access points στον κήπο και την πισίνα'),
      say([73, '13:00'], ELENI, 'Το δίκτυο «Thalassa Guests» είναι έτοιμο σε όλους τους χώρους.'),
      close([72, '10:00'], ELENI),
    ],
  },
  {
    company: HOTEL,
    subject: 'Κάμερες ασφαλείας εκτός λειτουργίας',
    actions: [
      say([45, '22:10'], DESPINA, 'Οι κάμερες του πάρκινγκ δεν καταγράφουν από το απόγευμα.'),
      work([44, '09:00'], NIKOS, 150, 'Αντικατάσταση τροφοδοτικού PoE και έλεγχος καταγραφικού'),
      say(
        [44, '11:40'],
        NIKOS,
        'Αντικαταστήσαμε το τροφοδοτικό· όλες οι κάμερες καταγράφουν ξανά.',
      ),
      close([43, '09:00'], NIKOS),
    ],
  },
  {
    company: HOTEL,
    subject: 'Εκπαίδευση προσωπικού υποδοχής στο νέο PMS',
    actions: [
      say([20, '10:00'], DESPINA, 'Χρειαζόμαστε εκπαίδευση τριών υπαλλήλων υποδοχής στο νέο PMS.'),
      work([18, '10:00'], ELENI, 240, 'Εκπαίδευση προσωπικού υποδοχής (3 άτομα)'),
      say(
        [18, '14:30'],
        ELENI,
        'Η εκπαίδευση έγινε. Θέλετε να κλείσουμε και δεύτερη συνάντηση για τις βραδινές βάρδιες;',
      ),
    ],
  },
  {
    company: HOTEL,
    subject: 'Δεν ανοίγει η πόρτα με την κάρτα στο δωμάτιο 214',
    priority: 'urgent',
    actions: [
      say(
        { minutesAgo: 50 },
        DESPINA,
        'Η κάρτα δεν ανοίγει την πόρτα του 214 και ο πελάτης περιμένει στον διάδρομο.',
      ),
      say({ minutesAgo: 40 }, GIORGOS, 'Νίκο, το αναλαμβάνεις; Ο πελάτης περιμένει.', true),
      work({ minutesAgo: 25 }, NIKOS, undefined, 'Έλεγχος συστήματος κλειδαριών και νέες κάρτες'),
    ],
  },
];

// The law firm's month is 6 hours (an override of the package's 10).
const law: DemoTicket[] = [
  {
    company: LAW,
    subject: 'Ενημέρωση Windows στους υπολογιστές της γραμματείας',
    actions: [
      say(
        [85, '09:00'],
        ANTONIS,
        'Οι υπολογιστές της γραμματείας ζητούν συνέχεια επανεκκίνηση για ενημερώσεις.',
      ),
      work([84, '18:00'], ELENI, 180, 'Ενημέρωση Windows σε 5 υπολογιστές εκτός ωραρίου'),
      close([83, '09:00'], ELENI),
    ],
  },
  {
    company: LAW,
    subject: 'Ρύθμιση VPN για τηλεργασία',
    actions: [
      say(
        [55, '10:30'],
        ANTONIS,
        'Δύο συνεργάτες θα δουλεύουν από το σπίτι. Χρειάζονται πρόσβαση στα αρχεία του γραφείου.',
      ),
      work([54, '10:00'], NIKOS, 120, 'Ρύθμιση VPN server και πιστοποιητικών'),
      work([54, '15:00'], NIKOS, 60, 'Εγκατάσταση VPN στους φορητούς των συνεργατών'),
      say([54, '16:10'], NIKOS, 'Το VPN είναι έτοιμο. Στείλαμε οδηγίες σύνδεσης με email.'),
      close([52, '09:00'], NIKOS),
    ],
  },
  {
    company: LAW,
    subject: 'Ο σαρωτής δεν αποθηκεύει στον κοινόχρηστο φάκελο',
    actions: [
      say(
        [40, '12:00'],
        SOFIA,
        'Ο σαρωτής βγάζει «σφάλμα δικτύου» όταν σαρώνουμε στον φάκελο «Δικόγραφα».',
      ),
      work([40, '13:00'], ELENI, 45, 'Νέος κωδικός υπηρεσίας σάρωσης στον κοινόχρηστο φάκελο', {
        lateReason: {
          at: [3, '10:00'],
          reason: 'Η εργασία έγινε τηλεφωνικά και δεν είχε καταγραφεί τότε.',
        },
      }),
      say([40, '13:50'], ELENI, 'Διορθώθηκε: ο σαρωτής αποθηκεύει ξανά στα «Δικόγραφα».'),
      close([40, '14:00'], ELENI),
    ],
  },
  {
    company: LAW,
    subject: 'Κλήσεις Teams κόβονται',
    actions: [
      say([1, '16:20'], SOFIA, 'Στις βιντεοκλήσεις με πελάτες η εικόνα παγώνει κάθε λίγα λεπτά.'),
    ],
  },
];

export const demoTickets: DemoTicket[] = [...bakery, ...hotel, ...law];
