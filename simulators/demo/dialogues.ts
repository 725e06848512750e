// Scripted demo calls. scripts/demo/make-recordings.ts turns them into the
// committed recordings and manifest in simulators/demo/recordings/, so any edit
// here only reaches the product after that script is run again.
//
// Calls 1–6 are human sales calls of deliberately uneven quality, so AI scores
// differ between them; calls 7–8 are AI voice agents taking inbound calls.
// Sellers and customers are invented, and text is written to be read aloud by
// espeak-ng (no abbreviations it would spell oddly).

export type Speaker = "rep" | "prospect";

export type DialogueKind = "sales" | "voice-agent";

export type Turn = {
  speaker: Speaker;
  text: string;
};

export type Dialogue = {
  id: string;
  title: string;
  kind: DialogueKind;
  rep: { name: string };
  prospect: { name: string; company: string; title: string };
  turns: Turn[];
};

const rep = (text: string): Turn => ({ speaker: "rep", text });
const prospect = (text: string): Turn => ({ speaker: "prospect", text });

export const DIALOGUES: Dialogue[] = [
  {
    // Strong rep: permission opener, real discovery, handles "send me an email".
    id: "ledgerline-cold-call",
    title: "Ledgerline cold call: invoice automation for Harbor & Finch",
    kind: "sales",
    rep: { name: "Marcus Reid" },
    prospect: { name: "Dana Whitfield", company: "Harbor & Finch Outfitters", title: "Controller" },
    turns: [
      rep("Hi Dana, this is Marcus Reid from Ledgerline. I know I'm calling out of the blue. Can I take thirty seconds to tell you why, and then you can decide if we keep talking?"),
      prospect("Sure, thirty seconds. Go ahead."),
      rep("Thanks. We help finance teams at retailers stop keying supplier invoices by hand. Before I say more, how does your team handle invoices today, from the moment one lands to when it gets paid?"),
      prospect("Honestly, it's mostly manual. Invoices come into a shared inbox, two clerks type them into the accounting system, and I chase approvals by email."),
      rep("How many invoices a month are we talking about, and what happens at month end?"),
      prospect("About twelve hundred a month. Month end is painful. We usually close on day eight, sometimes day ten."),
      rep("That's helpful. So with twelve hundred invoices, two clerks, and approvals living in email, Ledgerline would read each invoice automatically, match it to the purchase order, and route approvals in one place. Teams your size usually close three or four days faster."),
      prospect("It sounds good, but honestly, just send me an email and I'll look at it when things calm down."),
      rep("Happy to. Can I ask, when things calm down, what would the email need to show for it to be worth your time?"),
      prospect("Whether it works with our accounting system, and what it costs for our volume."),
      rep("Fair. Both depend on your setup, and a fifteen minute screen share answers them faster than any email. How does Thursday at ten thirty look? I'll bring pricing for twelve hundred invoices a month."),
      prospect("Thursday at ten thirty works. Send the invite to my work address."),
      rep("Will do. Thanks Dana, talk Thursday."),
    ],
  },
  {
    // Strong discovery; the timing objection is explored instead of argued.
    id: "shiftwise-discovery",
    title: "Shiftwise discovery call with Lakeside Urgent Care",
    kind: "sales",
    rep: { name: "Priya Nandakumar" },
    prospect: { name: "Tom Okafor", company: "Lakeside Urgent Care", title: "Director of Operations" },
    turns: [
      rep("Hi Tom, Priya from Shiftwise. Thanks for making time. I'd like to spend most of this call understanding your scheduling, and only show you anything if it fits. Does that work?"),
      prospect("Works for me. We have about forty minutes."),
      rep("Great. Walk me through how shifts get built across your clinics today."),
      prospect("We have six clinics. Each clinic manager builds a schedule in a spreadsheet every two weeks, then texts people when someone calls in sick."),
      rep("What happens on a day when two people call in sick at the same clinic?"),
      prospect("Chaos, honestly. The manager spends an hour on the phone, and we often pay overtime or agency nurses to cover."),
      rep("Roughly how much did agency coverage cost you last quarter?"),
      prospect("Around ninety thousand dollars, and our chief financial officer is not happy about it."),
      rep("And if you fixed this, what would change for you personally?"),
      prospect("I'd stop being the person who gets called at six in the morning."),
      rep("That makes sense. Based on that, Shiftwise lets staff at all six clinics see open shifts on their phone and claim them, so a sick call gets covered from your own float pool before anyone calls an agency."),
      prospect("I like that. The problem is timing. We're in the middle of moving to a new health records system, and my team has no bandwidth until the summer."),
      rep("Understood. What would need to be true for something like this to start before the summer?"),
      prospect("It would have to take almost no time from my clinic managers."),
      rep("Then let's test that. Our rollout lead can show you exactly what the first month asks of managers. Could you do next Tuesday at two?"),
      prospect("Tuesday at two is fine. I'll bring one of my clinic managers."),
    ],
  },
  {
    // Weak rep: rambles, talks over the buyer, and the close does not land.
    id: "tallyforge-demo-follow-up",
    title: "Tallyforge demo follow-up with Bloomfield Home Goods",
    kind: "sales",
    rep: { name: "Kevin Marsh" },
    prospect: { name: "Rachel Kim", company: "Bloomfield Home Goods", title: "VP of Marketing" },
    turns: [
      rep("Hey Rachel, Kevin from Tallyforge, following up on the demo last week. So, I wanted to recap everything, because there's a lot we didn't get to, like the attribution models, the dashboards, the new forecasting feature, which honestly is my favorite, and also the integrations page, which we skipped."),
      prospect("Okay. We did see quite a lot already."),
      rep("Right, right. So what did you think?"),
      prospect("The dashboards looked nice. My main question is whether it tells us which campaigns actually drive store visits, not just online sales."),
      rep("Totally, and that's a great question, and actually that ties into the forecasting feature, because the forecasting engine uses machine learning on all your channels, and it gives you a score for every campaign, and you can export it, and we also have a mobile app now, so your team can see it anywhere."),
      prospect("But does it include store visits?"),
      rep("So, store visits come through our location data partner, which is an add on, but it's very popular, most of our retail customers use it, I think."),
      prospect("To be transparent, we're also looking at Quantiva, and they include store visits in the base price."),
      rep("Sure, but Quantiva is a much smaller company, and honestly our platform is just more complete. We have over forty integrations, and our support team is amazing, and we're releasing a new version next quarter."),
      prospect("Okay. What would the add on cost?"),
      rep("I'd have to check with my manager on that. But what I'd love to do is get you and your team back for a deeper session. Are you free Friday at nine?"),
      prospect("I can't commit to that right now. Just send me the pricing with the add on, and I'll compare it with Quantiva."),
      rep("Okay, sure. I'll send that over today."),
    ],
  },
  {
    // Solid negotiator: finds the real constraint and trades instead of discounting.
    id: "sentrylane-pricing",
    title: "Sentrylane pricing negotiation with Meridian Credit Union",
    kind: "sales",
    rep: { name: "Alicia Gomez" },
    prospect: { name: "Greg Halvorsen", company: "Meridian Credit Union", title: "IT Director" },
    turns: [
      rep("Hi Greg, Alicia from Sentrylane. I saw your note about the proposal. Before we get into numbers, what's your reaction overall?"),
      prospect("The team likes the training and the phishing simulations. But at forty two thousand a year, you're about twenty percent over what I budgeted."),
      rep("Thanks for being direct. Can I ask how you arrived at that budget number?"),
      prospect("It's what we paid our old vendor, plus a little for growth."),
      rep("That helps. And what did the old vendor leave out that made you start looking?"),
      prospect("Reporting. Our examiners asked for proof of training by branch, and it took us two weeks to pull together."),
      rep("So audit-ready reporting matters as much as the training itself. That's exactly the part of our proposal that costs more, because the branch level reports and the examiner export are included. Your team would produce that report in minutes, not two weeks."),
      prospect("I understand, but I still can't go above thirty five thousand without going back to the board."),
      rep("Here's what I can do. If you commit to a two year term, I can bring the annual price to thirty six thousand, and I'll include the onboarding package at no charge. I can't go lower on a one year term."),
      prospect("Thirty six is close. Our chief financial officer would need to sign off."),
      rep("What questions do you think she'll have?"),
      prospect("She'll want to know why two years makes sense if we're not sure it works."),
      rep("Fair question. We can add a ninety day exit clause if the reporting doesn't pass your next exam. Could the three of us meet Wednesday at eleven to walk her through it?"),
      prospect("Wednesday at eleven should work. I'll confirm with her today."),
    ],
  },
  {
    // Account manager who knows the account but interrupts the customer once.
    id: "fieldnote-renewal-upsell",
    title: "Fieldnote renewal and routing upsell with Copperline Heating & Air",
    kind: "sales",
    rep: { name: "Jordan Blake" },
    prospect: { name: "Maria Santos", company: "Copperline Heating & Air", title: "Head of Service Operations" },
    turns: [
      rep("Hi Maria, it's Jordan from Fieldnote. Your renewal is coming up next month, so I wanted to check in on how the year went. What's been working, and what hasn't?"),
      prospect("Overall it's good. The technicians love the mobile app. Scheduling is much better than last year."),
      rep("Glad to hear it. I noticed your team went from twenty five to forty technicians. How has that growth felt on the dispatch side?"),
      prospect("That's actually the sore spot. Our dispatchers build routes by hand every morning, and with forty techs it takes them almost two hours, and then—"),
      rep("Right, and that's exactly what our route optimization module fixes."),
      prospect("Sorry, let me finish. And then an emergency call comes in at nine and the whole plan falls apart."),
      rep("My apologies, go ahead. How often does that happen?"),
      prospect("Three or four times a day in summer. Technicians end up crossing town twice."),
      rep("So the real cost is drive time after the plan breaks, not just the two hours in the morning. Route optimization rebuilds the day automatically when an emergency comes in, and customers your size usually cut drive time by around fifteen percent."),
      prospect("That would help, but our budget is locked until the third quarter. I can renew what we have, but I can't add anything new right now."),
      rep("That's reasonable. What if we renew your current plan today, and I set up a sixty day pilot of routing for one dispatcher at no cost, so you have real numbers before third quarter planning?"),
      prospect("A free pilot I can do. Who would set it up?"),
      rep("I'll bring our solutions engineer. Does Monday at three work to kick it off?"),
      prospect("Monday at three works. Send me the renewal paperwork too."),
    ],
  },
  {
    // Weak rep: skips discovery, argues with every objection, and gets pushed to email.
    id: "pipeloop-objection-heavy",
    title: "Pipeloop call with Trellis Logistics: objections all the way",
    kind: "sales",
    rep: { name: "Derek Stone" },
    prospect: { name: "Linda Park", company: "Trellis Logistics", title: "Sales Operations Manager" },
    turns: [
      rep("Hi Linda, Derek with Pipeloop. We're the fastest growing sales engagement platform on the market, and I'd love to show you how we can double your team's meetings."),
      prospect("We already use Cadencely for that."),
      rep("Sure, a lot of people do. But Pipeloop has AI-written emails, a built in dialer, and way better analytics. How many reps do you have?"),
      prospect("Thirty two reps. But we signed a two year contract with Cadencely last spring."),
      rep("Okay, and how is that going for you?"),
      prospect("It's fine. Our real problem is that reps don't log their calls, so my forecasts are a mess."),
      rep("Right, so with Pipeloop everything gets logged automatically, calls, emails, all of it, so your forecast would be accurate. And we could probably buy out your Cadencely contract."),
      prospect("I doubt my boss would pay for two tools. There's no budget for this."),
      rep("But think about the return. If each of your thirty two reps books even one more meeting a week, it pays for itself."),
      prospect("Maybe. It's also really bad timing. We're in the middle of our busiest quarter."),
      rep("That's actually the best time, because you'll see results faster. How about a demo Tuesday at four?"),
      prospect("No, I can't do Tuesday. Look, just send me an email with some information."),
      rep("I can do that, but emails usually get lost. What about Wednesday morning instead?"),
      prospect("Send me the email, Derek. If it's relevant, I'll reach out."),
      rep("Okay. I'll send it today and follow up next week."),
    ],
  },
  {
    // Inbound qualification by an AI agent: need, size, authority, timeline, then a booking.
    id: "brightdesk-inbound-qualification",
    title: "Brightdesk AI agent qualifies an inbound lead from Pinecrest Pet Supply",
    kind: "voice-agent",
    rep: { name: "Ava (AI agent)" },
    prospect: { name: "Sam Rivera", company: "Pinecrest Pet Supply", title: "Customer Support Manager" },
    turns: [
      rep("Thanks for calling Brightdesk. I'm Ava, an AI assistant for the sales team. I can answer a few questions and book you time with an account executive. Who am I speaking with?"),
      prospect("Hi, this is Sam Rivera from Pinecrest Pet Supply. I filled out the form on your website yesterday."),
      rep("Thanks, Sam. What made you reach out to us now?"),
      prospect("Our support inbox is out of control. We get about three thousand emails a month, and customers wait two days for an answer."),
      rep("That's a long wait. How many people are on your support team today, and what tool do you use?"),
      prospect("Eight agents, and we just use a shared email inbox."),
      rep("Understood. Brightdesk turns that inbox into a shared queue, suggests answers for common questions like order status, and shows you response times by agent. Are you the person who would decide on a new tool, or is someone else involved?"),
      prospect("I'd recommend it, but our operations director signs off."),
      rep("Good to know. Is there a date you're hoping to have something in place by?"),
      prospect("Before the holiday season, so ideally by October."),
      rep("That's very doable. I can book you a thirty minute call with Jenna, one of our account executives. She has Thursday at one or Friday at ten. Which works better?"),
      prospect("Thursday at one, please. Can my director join?"),
      rep("Of course. I've booked Thursday at one and sent an invite to your email. You can forward it to your director. Is there anything else I can help with today?"),
      prospect("No, that's all. Thanks, Ava."),
    ],
  },
  {
    // An AI agent handling a reschedule: confirms details, offers slots, and keeps the attendees.
    id: "stackwell-demo-reschedule",
    title: "Stackwell AI agent reschedules a demo for Redwood Dental Group",
    kind: "voice-agent",
    rep: { name: "Leo (AI agent)" },
    prospect: { name: "Nina Alvarez", company: "Redwood Dental Group", title: "Procurement Manager" },
    turns: [
      rep("Hello, you've reached Stackwell scheduling. I'm Leo, an AI assistant. How can I help you today?"),
      prospect("Hi, I got a reminder about a product demo tomorrow, but I need to move it."),
      rep("I can help with that. Can I have your name and the company the demo is booked for?"),
      prospect("Nina Alvarez, Redwood Dental Group."),
      rep("Thank you, Nina. I see a demo of Stackwell purchasing tomorrow at ten in the morning with Carlos Mendes, booked for you and two colleagues. Is that the one you'd like to change?"),
      prospect("Yes. Our clinic directors have a meeting that ran over into tomorrow."),
      rep("No problem. Carlos has openings on Thursday at two thirty, or Friday at eleven. Do either of those work?"),
      prospect("Friday at eleven is better. Both of my colleagues are free then."),
      rep("Great. I've moved the demo to Friday at eleven, for forty five minutes, with the same three attendees. Is there anything you'd like Carlos to focus on?"),
      prospect("Yes, how approvals work across our twelve offices. That's our biggest issue."),
      rep("I've added a note for Carlos about approvals across twelve offices. You'll get an updated invite in a few minutes. Is there anything else?"),
      prospect("No, that's it. Thank you."),
      rep("You're welcome, Nina. Have a good day."),
    ],
  },
];
