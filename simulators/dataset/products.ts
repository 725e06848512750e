// The demo org is an outsourced sales team running campaigns for several
// client products (the same sellers and products as the scripted recordings),
// so every generated conversation is about one of these.

export interface Pain {
  /** topic label used in coverage lists and summaries */
  topic: string;
  /** the prospect describing it, first person */
  said: string[];
  /** the rep replaying it back */
  replay: string;
}

export interface Product {
  key: string;
  name: string;
  /** "We help ... ." */
  help: string;
  buyerTitles: string[];
  functionName: string;
  industries: string[];
  companyWords: string[];
  pains: Pain[];
  questions: string[];
  pitch: string[];
  proof: string[];
  competitors: string[];
  techStack: string[];
  valueProps: string[];
  outcomeKeywords: string[];
  meetingKind: string;
}

export const PRODUCTS: Product[] = [
  {
    key: "ledgerline",
    name: "Ledgerline",
    help: "finance teams stop keying supplier invoices by hand",
    buyerTitles: ["Controller", "AP Manager", "VP of Finance", "Director of Accounting"],
    functionName: "Finance",
    industries: ["retail", "distribution", "manufacturing"],
    companyWords: ["Outfitters", "Supply Co", "Distributors", "Manufacturing", "Trading Group"],
    pains: [
      { topic: "manual_entry", said: ["Invoices land in a shared inbox and two clerks type every one of them into the accounting system.", "Honestly it's mostly manual, we key everything by hand."], replay: "your clerks are keying every invoice by hand" },
      { topic: "approvals", said: ["I spend half my week chasing approvals by email.", "Approvals live in people's inboxes, so nothing moves when someone is on vacation."], replay: "approvals are stuck in email" },
      { topic: "month_end", said: ["Month end is painful, we usually close on day eight, sometimes day ten.", "Our close takes almost two weeks and the auditors keep asking for backup."], replay: "your close is running long every month" },
      { topic: "late_fees", said: ["We paid late fees to three suppliers last quarter because invoices got lost.", "We miss early payment discounts all the time."], replay: "you're losing money on late fees and missed discounts" },
    ],
    questions: [
      "How does your team handle invoices today, from the moment one lands to when it gets paid?",
      "How many invoices a month are we talking about?",
      "What happens at month end?",
      "Who has to approve an invoice before it gets paid?",
      "What does a late payment cost you with your key suppliers?",
    ],
    pitch: [
      "{product} reads each invoice automatically, matches it to the purchase order, and routes approvals in one place.",
      "Approvers get a one-click request on their phone, so nothing sits in an inbox.",
      "Everything syncs back to your accounting system, so your clerks review exceptions instead of typing.",
    ],
    proof: ["Teams your size usually close three or four days faster.", "Our retail customers cut invoice processing cost by about sixty percent."],
    competitors: ["Paystream", "InvoiceHub"],
    techStack: ["NetSuite", "QuickBooks", "Sage Intacct", "Excel"],
    valueProps: ["efficiency", "faster_close", "cost_savings"],
    outcomeKeywords: ["save_time", "faster_close", "fewer_errors"],
    meetingKind: "fifteen minute screen share",
  },
  {
    key: "shiftwise",
    name: "Shiftwise",
    help: "multi-site teams fill open shifts without the phone tree",
    buyerTitles: ["Director of Operations", "HR Director", "Practice Manager", "VP of Operations"],
    functionName: "Operations",
    industries: ["healthcare", "urgent care", "senior living"],
    companyWords: ["Urgent Care", "Health Partners", "Senior Living", "Family Clinics", "Care Group"],
    pains: [
      { topic: "sick_calls", said: ["When two people call in sick at the same clinic it's chaos, the manager spends an hour on the phone.", "Every sick call turns into a scramble."], replay: "sick calls turn into an hour on the phone" },
      { topic: "agency_cost", said: ["We spent around ninety thousand dollars on agency nurses last quarter.", "Overtime and agency coverage are killing our budget."], replay: "agency and overtime costs keep climbing" },
      { topic: "spreadsheets", said: ["Each manager builds a schedule in a spreadsheet every two weeks.", "Our schedules live in six different spreadsheets."], replay: "schedules live in spreadsheets" },
      { topic: "burnout", said: ["My managers are burned out, I get called at six in the morning.", "Staff complain they find out about open shifts too late."], replay: "your managers are burning out on scheduling" },
    ],
    questions: [
      "Walk me through how shifts get built across your sites today.",
      "What happens on a day when two people call in sick at the same site?",
      "Roughly how much did agency coverage cost you last quarter?",
      "If you fixed this, what would change for you personally?",
      "How do staff find out about open shifts right now?",
    ],
    pitch: [
      "{product} lets staff at every site see open shifts on their phone and claim them.",
      "A sick call gets covered from your own float pool before anyone calls an agency.",
      "Managers approve swaps in one tap instead of a phone tree.",
    ],
    proof: ["Clinics like yours cut agency spend by about a third in the first quarter.", "Most groups fill open shifts in under twenty minutes."],
    competitors: ["Rosterly", "ShiftBoard Pro"],
    techStack: ["Excel", "Google Sheets", "ADP", "Epic"],
    valueProps: ["cost_savings", "staff_retention", "time_savings"],
    outcomeKeywords: ["lower_agency_spend", "fill_rate", "save_time"],
    meetingKind: "short session with our rollout lead",
  },
  {
    key: "tallyforge",
    name: "Tallyforge",
    help: "marketing teams see which campaigns actually drive revenue",
    buyerTitles: ["VP of Marketing", "Marketing Operations Manager", "Director of Growth", "CMO"],
    functionName: "Marketing",
    industries: ["retail", "ecommerce", "consumer goods"],
    companyWords: ["Home Goods", "Brands", "Outdoor", "Apparel", "Market"],
    pains: [
      { topic: "attribution", said: ["We can't tell which campaigns actually drive store visits, not just online sales.", "Every channel takes credit for the same sale."], replay: "you can't see which campaigns really drive revenue" },
      { topic: "reporting_time", said: ["My analyst spends three days a month stitching reports together.", "Reporting is a manual copy and paste job every Monday."], replay: "reporting eats days every month" },
      { topic: "budget_pressure", said: ["Our CFO wants to cut the budget unless we prove return.", "I have to defend every dollar of spend next quarter."], replay: "you have to prove return on every dollar" },
    ],
    questions: [
      "How do you decide where next quarter's budget goes today?",
      "Which channels are hardest to measure for you?",
      "Who asks you to prove return on spend, and how often?",
      "What does your reporting process look like each week?",
    ],
    pitch: [
      "{product} connects every channel, including store visits, into one attribution view.",
      "You get a score for every campaign, so budget moves to what works.",
      "Reports build themselves every Monday morning.",
    ],
    proof: ["Retail teams usually find ten to fifteen percent of spend to reallocate.", "Customers cut reporting time from days to minutes."],
    competitors: ["Quantiva", "Metricly"],
    techStack: ["Google Analytics", "Shopify", "HubSpot", "Looker"],
    valueProps: ["visibility", "roi_proof", "time_savings"],
    outcomeKeywords: ["attribution", "roi", "save_time"],
    meetingKind: "deeper session with your team",
  },
  {
    key: "sentrylane",
    name: "Sentrylane",
    help: "banks and credit unions train staff against phishing and prove it to examiners",
    buyerTitles: ["IT Director", "CISO", "Compliance Officer", "VP of Information Security"],
    functionName: "IT",
    industries: ["credit unions", "community banking", "insurance"],
    companyWords: ["Credit Union", "Community Bank", "Federal Credit Union", "Savings Bank", "Mutual"],
    pains: [
      { topic: "audit_reporting", said: ["Our examiners asked for proof of training by branch, and it took us two weeks to pull together.", "Audit season means weeks of pulling spreadsheets."], replay: "proving training to examiners takes weeks" },
      { topic: "phishing_clicks", said: ["Our last phishing test had almost one in five people clicking.", "We had a wire fraud attempt that nearly worked last spring."], replay: "too many people still click phishing emails" },
      { topic: "training_engagement", said: ["Nobody finishes the annual training videos.", "The training we have is boring and staff skip through it."], replay: "staff tune out the current training" },
    ],
    questions: [
      "How do you prove training completion to your examiners today?",
      "What did your last phishing simulation show?",
      "What did your current vendor leave out that made you start looking?",
      "How many branches and staff would this cover?",
    ],
    pitch: [
      "{product} runs short monthly training and realistic phishing simulations automatically.",
      "Branch level reports and the examiner export are built in.",
      "Your team produces the audit report in minutes, not weeks.",
    ],
    proof: ["Credit unions usually cut click rates in half within six months.", "Most customers pass their next exam with zero training findings."],
    competitors: ["PhishGuard", "AwareOne"],
    techStack: ["Microsoft 365", "Active Directory", "Jack Henry", "Symitar"],
    valueProps: ["compliance", "risk_reduction", "audit_readiness"],
    outcomeKeywords: ["audit_ready", "lower_risk", "save_time"],
    meetingKind: "walkthrough with your team",
  },
  {
    key: "fieldnote",
    name: "Fieldnote",
    help: "field service companies schedule and route technicians",
    buyerTitles: ["Head of Service Operations", "Dispatch Manager", "Owner", "General Manager"],
    functionName: "Operations",
    industries: ["HVAC", "plumbing", "electrical services"],
    companyWords: ["Heating & Air", "Plumbing", "Home Services", "Mechanical", "Electric"],
    pains: [
      { topic: "manual_routing", said: ["Our dispatchers build routes by hand every morning and it takes almost two hours.", "Routing is a whiteboard and a lot of phone calls."], replay: "routes are built by hand every morning" },
      { topic: "emergencies", said: ["An emergency call comes in at nine and the whole plan falls apart.", "Technicians end up crossing town twice."], replay: "emergencies blow up the plan" },
      { topic: "growth", said: ["We went from twenty five to forty technicians this year.", "We're hiring faster than dispatch can keep up."], replay: "dispatch isn't keeping up with growth" },
    ],
    questions: [
      "How has growth felt on the dispatch side?",
      "How often does an emergency break the day's plan?",
      "How long does it take to build routes each morning?",
      "What's been working this year, and what hasn't?",
    ],
    pitch: [
      "Route optimization rebuilds the day automatically when an emergency comes in.",
      "{product} assigns the closest qualified technician and texts the customer an arrival window.",
      "Dispatchers manage exceptions instead of building routes from scratch.",
    ],
    proof: ["Customers your size usually cut drive time by around fifteen percent.", "Most teams get an extra job per technician per week."],
    competitors: ["ServiceRoute", "DispatchIQ"],
    techStack: ["ServiceTitan", "QuickBooks", "Google Maps", "Housecall"],
    valueProps: ["efficiency", "drive_time", "customer_experience"],
    outcomeKeywords: ["less_drive_time", "more_jobs", "save_time"],
    meetingKind: "pilot kickoff with our solutions engineer",
  },
  {
    key: "pipeloop",
    name: "Pipeloop",
    help: "sales teams log every call and email automatically so forecasts are real",
    buyerTitles: ["Sales Operations Manager", "VP of Sales", "Revenue Operations Director", "Head of Sales"],
    functionName: "Sales",
    industries: ["logistics", "software", "staffing"],
    companyWords: ["Logistics", "Freight", "Staffing", "Software", "Networks"],
    pains: [
      { topic: "forecasting", said: ["Reps don't log their calls, so my forecasts are a mess.", "Our forecast is basically a guess every Friday."], replay: "your forecast depends on reps logging activity" },
      { topic: "rep_ramp", said: ["New reps take five months to ramp.", "We can't see what our best reps do differently."], replay: "new reps take too long to ramp" },
      { topic: "tool_sprawl", said: ["We have four tools that don't talk to each other.", "Reps copy notes between three systems."], replay: "your tools don't talk to each other" },
    ],
    questions: [
      "How many reps do you have today?",
      "How do you build the forecast each week?",
      "What happens when reps forget to log activity?",
      "How long does it take a new rep to ramp?",
    ],
    pitch: [
      "With {product} every call and email gets logged automatically.",
      "Your forecast pulls from real activity, not what reps remember to type.",
      "Managers see which talk tracks actually book meetings.",
    ],
    proof: ["Teams usually see forecast accuracy jump within a quarter.", "Customers recover about four hours per rep per week."],
    competitors: ["Cadencely", "Outreachly"],
    techStack: ["Salesforce", "HubSpot", "Outreach", "Gong"],
    valueProps: ["forecast_accuracy", "time_savings", "visibility"],
    outcomeKeywords: ["accurate_forecast", "save_time", "more_meetings"],
    meetingKind: "demo",
  },
  {
    key: "stackwell",
    name: "Stackwell",
    help: "multi-office groups control purchasing and approvals",
    buyerTitles: ["Procurement Manager", "COO", "Director of Operations", "Purchasing Lead"],
    functionName: "Procurement",
    industries: ["dental groups", "veterinary clinics", "physical therapy"],
    companyWords: ["Dental Group", "Dental Partners", "Veterinary Hospitals", "Physical Therapy", "Smile Centers"],
    pains: [
      { topic: "approvals", said: ["Approvals across our twelve offices are our biggest issue.", "Every office orders differently and nobody approves anything."], replay: "approvals work differently in every office" },
      { topic: "overspend", said: ["We overspent on supplies by about eight percent last year.", "Offices order the same items from five different suppliers."], replay: "supply spend keeps drifting up" },
      { topic: "visibility", said: ["I only see spend when the invoice arrives.", "I have no idea what each office spends until month end."], replay: "you only see spend after the fact" },
    ],
    questions: [
      "How do orders get approved across your offices today?",
      "How many offices and who places orders in each?",
      "When do you first see what an office spent?",
      "What would good look like a year from now?",
    ],
    pitch: [
      "{product} gives every office one catalog with approval rules you set once.",
      "You see spend as orders are placed, not when invoices arrive.",
      "Offices reorder in two clicks from approved suppliers.",
    ],
    proof: ["Groups your size usually cut supply spend by six to nine percent.", "Approvals drop from days to hours."],
    competitors: ["Procurio", "OrderDesk"],
    techStack: ["Dentrix", "QuickBooks", "Excel", "Henry Schein"],
    valueProps: ["cost_savings", "control", "visibility"],
    outcomeKeywords: ["lower_spend", "control", "save_time"],
    meetingKind: "demo with Carlos",
  },
];

export const PRODUCT_BY_KEY: Record<string, Product> = Object.fromEntries(PRODUCTS.map((p) => [p.key, p]));

export const COMPANY_PREFIXES = [
  "Harbor", "Lakeside", "Bloomfield", "Meridian", "Copperline", "Trellis", "Pinecrest", "Redwood", "Summit", "Bluewater",
  "Ironwood", "Northgate", "Silverpine", "Brookhaven", "Cedar Ridge", "Granite", "Oakmont", "Riverbend", "Stonebridge", "Westfield",
  "Highland", "Maple Street", "Clearwater", "Foxhollow", "Juniper", "Kingsbury", "Larkspur", "Millbrook", "Parkview", "Willow Creek",
];

export const FIRST_NAMES = [
  "Dana", "Tom", "Rachel", "Greg", "Maria", "Linda", "Sam", "Nina", "Chris", "Angela", "Victor", "Holly", "Raj", "Emily", "Marco",
  "Julia", "Andre", "Karen", "Steve", "Olga", "Wes", "Fatima", "Paul", "Megan", "Hector", "Lauren", "Dmitri", "Carla", "Ian", "Beth",
];

export const LAST_NAMES = [
  "Whitfield", "Okafor", "Kim", "Halvorsen", "Santos", "Park", "Rivera", "Alvarez", "Nguyen", "Brooks", "Castillo", "Fischer",
  "Mehta", "Lawson", "Rossi", "Bennett", "Dubois", "Hughes", "Yamada", "Ivanova", "Carter", "Hassan", "Murphy", "Schultz", "Ortiz",
];
