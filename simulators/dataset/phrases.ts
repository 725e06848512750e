// Phrase banks for generated sales conversations. Placeholders in braces are
// filled by conversation.ts: {pfirst} {rfirst} {rlast} {product} {company}
// {competitor} {slot} {tool} {help} {meeting} {pain}.

export const OPENERS = {
  strong: [
    "Hi {pfirst}, this is {rfirst} {rlast} from {product}. I know I'm calling out of the blue. Can I take thirty seconds to tell you why, and then you can decide if we keep talking?",
    "Hi {pfirst}, {rfirst} from {product} here. I'll be brief, I promise. Did I catch you at an okay moment, or should I call back later?",
    "Good morning {pfirst}, {rfirst} {rlast} with {product}. We haven't spoken before. Mind if I take a minute to explain why I'm calling?",
    "Hi {pfirst}, it's {rfirst} from {product}. You don't know me, so I'll be upfront: this is a sales call. Want to hear why I picked you, and hang up if it's not relevant?",
  ],
  average: [
    "Hi {pfirst}, this is {rfirst} from {product}. How are you doing today?",
    "Hey {pfirst}, {rfirst} with {product}. I was hoping to grab a couple of minutes of your time.",
    "Hi {pfirst}, {rfirst} {rlast} calling from {product}. Thanks for picking up.",
  ],
  weak: [
    "Hey {pfirst}, this is {rfirst} with {product}. We're the leading platform that helps {help}, and I'd love to show you how we can help {company} too.",
    "Hi, is this {pfirst}? Great, so, this is {rfirst} from {product}, and I'm just calling to, you know, touch base and see if you have any needs around this.",
    "Hi {pfirst}, {rfirst} here from {product}. I'm just reaching out because we work with a lot of companies like yours and I wanted to tell you about our platform.",
  ],
};

export const MEETING_OPENERS = {
  strong: [
    "Hi {pfirst}, {rfirst} from {product}. Thanks for making time. I'd like to spend most of this call understanding how things work today, and only show you anything if it fits. Does that work?",
    "Thanks for joining, {pfirst}. Here's what I had in mind: a few questions about your process, then we decide together whether a deeper look makes sense. Anything you'd add to that?",
  ],
  average: [
    "Hi {pfirst}, thanks for joining. I wanted to follow up on our last conversation and go a little deeper.",
    "Hey {pfirst}, good to see you again. How's the week going so far?",
  ],
  weak: [
    "Hey {pfirst}, {rfirst} from {product}, following up on the demo. So I wanted to recap everything, because there's a lot we didn't get to, like the dashboards, the integrations, and the new features.",
    "Hi {pfirst}, thanks for hopping on. So, let me just jump right into the platform, because there's a lot to cover.",
  ],
};

export const OPENER_REPLIES = {
  warm: [
    "Sure, thirty seconds. Go ahead.",
    "Okay, I have a couple of minutes. What's this about?",
    "I'm about to jump into a meeting, but go ahead.",
    "Sure, go ahead.",
  ],
  meeting: [
    "Works for me. We have about thirty minutes.",
    "Sounds good. I've got until the top of the hour.",
    "Sure, that works. I asked our operations lead to listen in, too.",
    "Good, thanks. Yes, let's do that.",
  ],
  cold: [
    "Okay. What is this about?",
    "We already use {competitor} for that.",
    "I'm pretty busy right now, so make it quick.",
    "How did you get my number?",
  ],
};

export const OPEN_QUESTIONS = [
  "Walk me through how that works today.",
  "What made you start looking at this now?",
  "What happens when that goes wrong?",
  "How is that affecting the rest of the team?",
  "What would need to be true for this to be worth fixing this quarter?",
  "If you fixed this, what would change for you personally?",
  "Who else feels this problem besides you?",
  "How are you handling it in the meantime?",
  "What have you already tried?",
  "What does a good month look like for you?",
];

export const CLOSED_QUESTIONS = [
  "Is that a priority for you this year?",
  "Do you use {tool} for that?",
  "Are you the person who handles this?",
  "Would that be helpful for you?",
  "Is your team pretty big?",
  "Do you have budget set aside for this?",
  "Have you heard of us before?",
];

export const CLOSED_ANSWERS = ["Yes, mostly.", "Not really.", "I guess so.", "We use {tool} for most of it.", "Sort of, it depends.", "No, not at the moment.", "Probably, yes."];

export const REPLAYS = [
  "That's helpful. So {pain}, and it sounds like it's getting worse as you grow.",
  "Got it. So if I heard you right, {pain}.",
  "Okay, so {pain}. How long has that been going on?",
  "Understood. So {pain}, and that lands on you personally.",
];

export const FOLLOW_UPS = [
  "And what does that cost you, roughly?",
  "How often does that happen?",
  "What happens next when that occurs?",
  "And who feels that the most?",
];

export const PROSPECT_CONTEXT = [
  "We've grown quite a bit over the last year, so things that used to work don't anymore.",
  "Honestly, it's been on my list for a while, but other fires keep coming up.",
  "My boss asked me to look at options before next quarter's planning.",
  "We tried fixing it internally with a few spreadsheets, and it helped for about a month.",
  "Part of the problem is that nobody really owns it.",
  "The team is stretched thin, so anything new has to be easy to roll out.",
  "We had a couple of new hires start recently, and onboarding them exposed a lot of gaps.",
  "Last month was especially rough because we were short two people.",
  "I'd say it costs us a few hours every single week.",
  "Our leadership team talks about it in almost every operations review.",
  "We looked at a tool two years ago, but the timing wasn't right.",
  "It's not broken exactly, it's just slow and everyone works around it.",
  "The people doing the work would probably tell you it's worse than I'm describing.",
  "We're planning next year's budget in the next couple of months.",
  "I'd need whatever we pick to work with what we already have.",
  "Our busiest season starts in about ten weeks, so that matters.",
  "We have three locations now, and each one does it a little differently.",
  "To be fair, some of it is process, not just tools.",
  "I get a couple of complaints about it from the team every week.",
  "If I'm honest, I don't have great numbers on it, which is part of the problem.",
  "We also just changed our accounting system, so people are a bit tired of change.",
  "Our finance team keeps asking me for better reporting on this.",
  "The owner is pretty hands on, so he'd want to see it too.",
  "I came from a company that had this solved, so I know what good looks like.",
  "We're trying to do more with the same headcount this year.",
];

export const REP_DETAIL = [
  "Setup usually takes a couple of weeks, and we do most of the heavy lifting.",
  "You'd have a dedicated onboarding manager for the first ninety days.",
  "It works alongside {tool}, so nobody has to change how they log in.",
  "Most teams start with one location and expand once they see the numbers.",
  "We also have a mobile app, so people can handle it from anywhere.",
  "Reporting is built in, so you can show leadership the before and after.",
  "Pricing is based on usage, so it scales with you.",
  "We integrate with about forty systems, including {tool}.",
  "Security reviews are usually quick, we have the standard documentation ready.",
  "Support is included, and our median response time is under an hour.",
  "A lot of our customers came to us from {competitor}, so we know that migration well.",
  "We can usually run a short pilot so you have real numbers before committing.",
];

export const RAPPORT = [
  "How's the week treating you so far?",
  "I saw the news about your new location, congratulations.",
  "Busy season for you right now, I imagine?",
  "I appreciate you being so open about it.",
];

export const RAPPORT_REPLIES = ["Busy, but good.", "Thanks, it's been a lot of work.", "Always busy, you know how it is.", "Not bad, thanks for asking."];

/** Fillers that start a sentence, and ones dropped mid-sentence. */
export const FILLERS = { lead: ["Um", "Uh", "So", "Basically", "You know"], inner: ["um", "uh", "like", "you know"] };

export const WEAK_PITCH = [
  "So basically {product} does a lot of things, we have dashboards, integrations, automation, a mobile app, and our customers really love it.",
  "We're growing really fast, we just raised a big round, and honestly the platform is just more complete than anything else out there.",
  "And there's also a new feature coming next quarter that's going to be huge, I can't say too much but it's really exciting.",
  "We have over forty integrations, and our support team is amazing, and the analytics are really powerful too.",
];

export const TAILOR_LEADS = [
  "You mentioned that {pain}.",
  "Since {pain}, here's where we come in.",
  "That's exactly where we help, because {pain}.",
  "Based on what you said, {pain}, so let me focus on that.",
];

export const OBJECTIONS: Record<string, { said: string[]; probe: string[]; reframe: string[]; argue: string[] }> = {
  budget: {
    said: ["There's no budget for this right now.", "Honestly, it sounds expensive, and we're watching every dollar this year.", "You're about twenty percent over what I budgeted."],
    probe: ["Can I ask how you arrived at that budget number?", "When you say no budget, is that for this quarter or the whole year?"],
    reframe: ["If it pays for itself in the first quarter, is it still a budget question, or more a timing question?", "Most teams fund it from what they already spend on overtime and late fees."],
    argue: ["But think about the return, it pays for itself.", "Honestly, it's really not that expensive compared to other tools."],
  },
  timing: {
    said: ["It's really bad timing, we're in the middle of our busiest quarter.", "We're in the middle of another rollout, my team has no bandwidth until the summer.", "Call me back in six months."],
    probe: ["Understood. What would need to be true for something like this to start sooner?", "Makes sense. What's taking up the team's time right now?"],
    reframe: ["Then let's make sure it asks almost nothing of your team, and you can decide once you've seen what the first month involves.", "If we lined it up now, you'd be ready the day that project wraps."],
    argue: ["That's actually the best time, because you'll see results faster.", "There's never a perfect time, though."],
  },
  competitor: {
    said: ["We already use {competitor}, and we signed a contract last spring.", "To be transparent, we're also looking at {competitor}.", "We're pretty happy with {competitor}, to be honest."],
    probe: ["That's helpful to know. What made you choose {competitor}, and what would you change about it?", "What would {competitor} need to do better for you to consider a change?"],
    reframe: ["A lot of our customers ran both side by side for a month and compared the numbers. Would a fair comparison be useful?", "We're not asking you to rip anything out. Many teams use us for the part {competitor} doesn't cover."],
    argue: ["Sure, but {competitor} is a much smaller company, and our platform is just better.", "Honestly, most people who use {competitor} end up switching to us."],
  },
  authority: {
    said: ["I'd recommend it, but our director signs off on anything like this.", "I'm not the one who decides on this.", "Our CFO would need to sign off."],
    probe: ["Good to know. What questions do you think they'll have?", "How does your director usually make a call like this?"],
    reframe: ["Then let's make it easy for you: could the three of us meet so they can ask those questions directly?", "I can put together a one page summary in their language, costs and payback."],
    argue: ["Can you just get me a meeting with them?", "Okay, but you could still push for it, right?"],
  },
  send_info: {
    said: ["Just send me an email and I'll look at it when things calm down.", "Can you just send me some information?", "Send me the pricing and I'll compare."],
    probe: ["Happy to. Can I ask, what would the email need to show for it to be worth your time?", "Sure. So I send the right thing, what's the one question it needs to answer?"],
    reframe: ["Fair. That depends on your setup, and a quick screen share answers it faster than any email.", "I'll send it. Most people find it's easier to decide after fifteen minutes of seeing it live."],
    argue: ["I can do that, but emails usually get lost.", "Sure, but it's really better if I just show you."],
  },
};

export const ACKS = ["Fair.", "Thanks for being direct.", "That makes sense.", "Understood.", "I hear that a lot, and it's a good point."];
export const RESOLUTION_CHECKS = ["Does that address the concern, or is there something else behind it?", "Is that fair?", "Would that work for you?", "Does that change how you see the timing?"];
export const OBJECTION_SOFTENED = ["Okay, that's reasonable.", "I can live with that.", "That would help, actually.", "Fair enough, that makes it easier."];
export const OBJECTION_HARDENED = ["I don't think that changes much.", "Look, I've heard that before.", "Maybe, but I still don't see it right now."];

export const SLOTS = [
  "Thursday at ten thirty", "Tuesday at two", "Wednesday at eleven", "Monday at three", "Friday at nine", "Tuesday at four",
  "Thursday at one", "Wednesday at nine thirty", "Monday at eleven", "Friday at two",
];

export const CTAS = {
  strong: [
    "Both depend on your setup, and a {meeting} answers them faster than any email. How does {slot} look?",
    "Let's test that. Could you do {slot} for a {meeting}?",
    "Here's what I'd suggest: a {meeting} on {slot}, and if it's not a fit you tell me. Does that work?",
    "I'll bring the numbers for your volume. Are you free {slot}?",
  ],
  average: [
    "Would you be open to a follow up call next week?",
    "Could we set up some time to go deeper on this?",
    "Maybe we can find time later this week to look at it together?",
  ],
  weak: [
    "So, uh, I'll send over some info and maybe we can connect at some point.",
    "Let me know if you ever want to chat more.",
    "I'll follow up by email, and you can let me know.",
  ],
};

export const CTA_REPLIES = {
  accepted: ["{slot} works. Send the invite to my work address.", "Okay, {slot} is fine. I'll bring one of my team.", "Sure, let's do it. {slot} works for me."],
  follow_up: ["Send me the details and I'll look at my calendar.", "Let me check with my team and get back to you.", "Maybe. Email me and we'll see."],
  declined: ["I can't commit to that right now.", "I don't think so, not this quarter.", "Just send me the email. If it's relevant, I'll reach out."],
};

export const WRAPS = {
  rep: ["Will do. Thanks {pfirst}, talk soon.", "Perfect, I'll send that over today. Thanks for your time.", "Great, appreciate it {pfirst}. Have a good rest of your day.", "Okay. I'll send it today and follow up next week."],
  prospect: ["Thanks, talk soon.", "Sounds good, bye.", "Okay, thanks.", "Appreciate it, take care."],
};
