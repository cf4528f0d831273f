"""The demo firm's phrasebook in English: how an account manager writes a CRM note.

Slots: {contact} {product} {product_gen} {qty} {amount} {order} {day} {by_day} {date} {staff}
{issue} {pct}; "[he form|she form]" agrees with the contact's gender."""

PRODUCTS = {
    "juice_labels": ("juice labels", "juice labels"),
    "cake_boxes": ("cake boxes", "cake boxes"),
    "corrugated": ("shipping cartons", "shipping cartons"),
    "sticker_labels": ("self-adhesive labels", "self-adhesive labels"),
    "tea_packs": ("tea cartons", "tea cartons"),
    "catalogs": ("catalogues", "catalogues"),
    "wobblers": ("shelf wobblers", "shelf wobblers"),
    "inserts": ("leaflet inserts", "leaflet inserts"),
    "pos_stands": ("POS floor stands", "POS floor stands"),
    "gift_boxes": ("gift boxes", "gift boxes"),
}

WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday")
BY_WEEKDAYS = ("by Monday", "by Tuesday", "by Wednesday", "by Thursday", "by Friday", "by Saturday", "by Sunday")
CURRENCY = "EUR {:,.0f}"
ORDER = "PO-{}"

PHRASES = {
    "order_new": [
        "{contact} sent {order}: {qty} {product_gen}, wants them {day}.",
        "New order {order} from {contact}, {qty} {product_gen}, same spec as last time.",
        "Repeat order for {product}: {qty} pcs. {contact} asked for delivery {by_day}.",
        "{contact} placed order {order} ({product}, {qty}); confirmed the price from the current list.",
        "Order {order} received by email, {qty} {product_gen}. Artwork unchanged.",
    ],
    "order_rush": [
        "Rush order from {contact}: {qty} {product_gen} needed {by_day}, promo starts early.",
        "{contact} asked if we can squeeze {qty} {product_gen} into this week. Checked with production, can do {day}.",
        "Urgent reprint of {product}, {qty} pcs, their stock ran out sooner than planned.",
    ],
    "proof_sent": [
        "Sent the PDF proof for {order} ({product}) to {contact} for sign-off.",
        "Proof and colour swatch for {product} sent; asked {contact} to approve {by_day}.",
        "Emailed the dieline and proof for the new {product}, waiting for comments.",
        "Sent two layout options for {product}; {contact} will come back after the marketing meeting.",
    ],
    "proof_approved": [
        "{contact} approved the proof for {order}, order goes to press.",
        "Proof for {product} signed off without changes.",
        "Artwork approved by {contact} after one small text fix. Printing {day}.",
    ],
    "proof_changes": [
        "{contact} asked to change the barcode position on {product} and resend the proof.",
        "New artwork for {product} came in: updated ingredients and a new logo. Proof to redo.",
        "{contact} wants a warmer red on {product}; will print a test sheet first.",
    ],
    "shipped": [
        "{order} shipped: {qty} {product_gen}, tracking sent to {contact}.",
        "Dispatched {product} for {order}, pallet on its way, ETA {day}.",
        "Loaded {qty} {product_gen} for {order}; documents emailed to {contact}.",
    ],
    "delivered": [
        "{contact} confirmed delivery of {order}, all boxes fine.",
        "Goods for {order} received at their warehouse, CMR signed.",
        "Delivery of {product} accepted, no remarks.",
    ],
    "invoice": [
        "Invoice for {order} sent, {amount}.",
        "Sent the monthly statement of account to {contact}.",
        "Sent invoice {order} ({amount}), payment terms 30 days as per contract.",
    ],
    "payment": [
        "Payment of {amount} for {order} received.",
        "{contact} confirmed payment is scheduled {day}.",
        "Funds received for {order}, account is clear.",
    ],
    "payment_reminder": [
        "Friendly reminder about the overdue invoice {order}; {contact} promised to pay {by_day}.",
        "Invoice {order} a week overdue, wrote to {contact}. Payment promised {day}.",
    ],
    "review_tense": [
        "Review with {contact}: a long list of grievances, mostly lead times and quality.",
        "Tense quarterly meeting; {contact} said they expect more from us.",
    ],
    "checkin": [
        "Catch-up call with {contact}: volumes steady, next order expected {by_day}.",
        "Called {contact} to check forecast for next quarter. Similar volumes, maybe a new SKU.",
        "Quick call with {contact}, no issues. They are planning a rebrand in autumn.",
        "Checked in with {contact} about stock levels of {product}; fine until end of month.",
        "{contact} says sales of the new range are good; may need more {product_gen} soon.",
    ],
    "review_meeting": [
        "Quarterly review with {contact}: on-time delivery, two minor remarks, plans for {product}.",
        "Met {contact} at their office. Went through last quarter and the forecast; relationship good.",
        "Review meeting: {contact} happy overall, wants shorter lead times on {product}.",
        "Visited their plant with our production lead, looked at how {product} run on their line.",
    ],
    "info_request": [
        "{contact} asked for FSC certificates and food-contact declarations for {product}.",
        "{contact} requested a quote for {qty} {product_gen} in a new size.",
        "Asked for samples of matte lamination for the next run of {product}.",
        "{contact} asked about lead times for {product} next month, a promotion is coming.",
    ],
    "info_answer": [
        "Sent the quote for {qty} {product_gen}: {amount}, lead time 10 working days.",
        "Certificates and declarations sent to {contact}.",
        "Samples of matte and soft-touch lamination sent by courier.",
        "Answered on lead times for next month: book slots {by_day} to be safe.",
    ],
    "suggestion": [
        "{contact} suggested we send proofs as one PDF instead of separate files.",
        "{contact} would like delivery notes to show their article numbers.",
        "Feedback from {contact}: pallets are too high for their racks, asks for max 1.2 m.",
    ],
    "suggestion_done": [
        "Told {contact} proofs now come as one PDF with all versions.",
        "Delivery notes now carry their article numbers; {contact} pleased.",
        "Agreed pallet height max 1.2 m, dispatch instructed.",
    ],
    "praise": [
        "{contact} called to say the last run of {product} looked great on shelf.",
        "Nice email from {contact}: colours perfect, delivery a day early.",
        "{contact} thanked us for handling the rush order, their launch went fine.",
    ],
    "staff_praise": [
        "{contact} praised {staff} for sorting out the delivery so quickly.",
        "{contact} wrote to say {staff} was very helpful on the press check.",
    ],
    "like": [
        "Sent {contact} a box of the new gift packaging samples, just as a thank-you.",
        "Congratulated {contact} on the opening of their new warehouse.",
        "Invited {contact} to our open day at the plant.",
        "Sent season's greetings and our new calendar to the team.",
    ],
    "ack": [
        "Called {contact} back, apologised {issue}; checking with production, answer {by_day}.",
        "Confirmed by email we got the complaint {issue}, asked for photos and batch number.",
        "Spoke to {contact} {issue}: our mistake, QA is on it today.",
        "Replied to {contact} within the hour {issue}; promised a solution {by_day}.",
    ],
    "repeat": [
        "{contact} chased again {issue}, still no answer from us.",
        "Second email from {contact} {issue}; [he|she] is clearly annoyed.",
        "{contact} called again {issue}, asked who is actually dealing with it.",
        "Reminder from {contact} {issue}: [he|she] says [he|she] has written three times now.",
    ],
    "escalation": [
        "{contact} called our owner directly {issue}, unhappy with response times.",
        "Escalation: {contact} copied their director in, wants a meeting {issue}.",
    ],
    "misconduct": [
        "{contact} shouted at {staff} on the phone over a delivery slot. Stayed calm, offered a new slot.",
        "Very rude email from {contact} to dispatch, personal remarks about {staff}. Replied politely, noted it.",
    ],
    "dismissive": [
        "Told {contact} the colour is within tolerance and there is nothing to discuss.",
        "{contact} asked again about the delay; said we have other clients too and it will ship when it ships.",
        "Replied that the artwork was their responsibility, no reprint.",
    ],
    "capitulating": [
        "Agreed to reprint {product} for free although the proof was signed off, to calm {contact} down.",
        "Promised {contact} delivery {day} although production says it is impossible.",
        "Gave another 5% off without asking anything in return; {contact} still not happy.",
    ],
    "punishing": [
        "Moved their order {order} to the back of the queue until they pay the old invoice.",
        "Told {contact} that with their attitude we cannot promise any slot this month.",
        "Refused the urgent run because of how {contact} spoke to dispatch last week.",
    ],
    "cool": [
        "{contact} curt on the phone, says they are reviewing suppliers for next year.",
        "{contact} mentioned a competitor quoted 12% lower for {product}.",
        "Short reply from {contact}: no new orders planned for now.",
        "{contact} did not take the call; answered by email two days later, very brief.",
    ],
    "prospect_first": [
        "Inbound enquiry via website: they need {product} for a new line.",
        "Met {contact} at the packaging fair, exchanged cards; interested in {product}.",
        "Cold call to {contact}: they buy {product} abroad, open to a local supplier.",
    ],
    "prospect_meeting": [
        "Intro meeting with {contact}: volumes about {qty} {product_gen} a month, current supplier slow.",
        "Video call with {contact} and their buyer: requirements, certificates, payment terms.",
    ],
    "prospect_samples": [
        "Sent samples of {product} and our certificates to {contact}.",
        "Couriered test prints of {product}; {contact} will test them on their line.",
    ],
    "prospect_proposal": [
        "Sent a proposal for {qty} {product_gen}: {amount}, 30 days payment.",
        "Commercial offer sent; {contact} will discuss with finance {by_day}.",
    ],
    "prospect_followup": [
        "Followed up on the proposal; {contact} still comparing offers.",
        "{contact} asked for a better price on larger runs; revising the offer.",
    ],
    "declined_note": [
        "{contact} wants tiny runs at bulk prices and 90 days payment; not for us.",
        "Their volumes are too small and irregular; told {contact} politely we are not the best fit.",
    ],
    "pause": [
        "{contact}: orders on hold until the new season, budget frozen.",
        "{contact} says they are restructuring and pause all packaging orders.",
    ],
    "paused_checkin": [
        "Checked in with {contact}: still on hold, will call us when plans are clear.",
        "Sent a short note to {contact} with our new capabilities; no orders yet.",
    ],
    "ended": [
        "{contact} informed us they moved packaging to a supplier in Poland.",
        "Contract not renewed: {contact} says the group centralised purchasing.",
    ],
    "renewal_talk": [
        "Discussed renewing the contract with {contact}; they want the same terms plus quarterly reviews.",
        "{contact} confirmed they plan to renew; sending the draft addendum.",
    ],
}

NOTES = {
    "order_new": ["Same die as the last run.", "Delivery to their new warehouse, address in the order.",
                  "Asked for pallet labels in English."],
    "checkin": ["Mentioned a new product line in spring.", "Their buyer changes in March; get to know the new one."],
    "ack": ["Photos received, looks like a press issue.", "Promised a call back with the result, not just an email."],
    "repeat": ["Nobody replied to the first email, it sat in the shared inbox.",
               "The client has spent a lot of effort on this already."],
    "review_meeting": ["Action points sent after the meeting.", "They want a joint plan for the Q4 peak."],
    "cool": ["Worth a visit by the owner.", "Our last two deliveries were late, probably that."],
    "dismissive": ["Said it in a raised tone.", "The client hung up."],
}

ISSUES = {
    "color": {
        "about": "about the colour mismatch",
        "title": ["Colour off on {product}", "Colour does not match the approved proof"],
        "complaint": [
            "{contact} complains the red on {product} is visibly off against the approved proof.",
            "Colour on batch {order} does not match Pantone, their marketing rejected part of it.",
        ],
        "fix": [
            "Reprinted the rejected part of {order}; {contact} confirmed the colour is right now.",
            "Agreed a credit of {amount} for the off-colour batch; {contact} satisfied.",
        ],
    },
    "late": {
        "about": "about the late delivery",
        "title": ["Late delivery of {order}", "Shipment missed the agreed date"],
        "complaint": [
            "{contact} called: {order} did not arrive {day}, their line stood for half a shift.",
            "Delivery of {product} two days late, {contact} had to move a promo.",
        ],
        "fix": [
            "Delivered the rest of {order} by express at our cost; {contact} ok with it.",
            "Explained the cause (transport), agreed a buffer of two days on future orders.",
        ],
    },
    "short": {
        "about": "about the short delivery",
        "title": ["Short delivery on {order}", "Quantity missing in {order}"],
        "complaint": [
            "{contact}: {order} arrived short, about {qty} {product_gen} missing.",
            "Counting at their warehouse shows fewer {product_gen} than on the delivery note.",
        ],
        "fix": [
            "Missing {product_gen} shipped {day}, counted twice before loading.",
            "Sent the missing quantity with the next run, invoice corrected.",
        ],
    },
    "damage": {
        "about": "about the damaged boxes",
        "title": ["Damaged goods on arrival", "Crushed cartons in {order}"],
        "complaint": [
            "{contact} sent photos: several cartons of {product} crushed in transit.",
            "Part of {order} arrived wet and damaged, they refuse to use it.",
        ],
        "fix": [
            "Replaced the damaged {product_gen}; stronger pallet wrapping from now on.",
            "Claim accepted, replacement delivered {day}.",
        ],
    },
    "diecut": {
        "about": "about the die-cut and gluing defect",
        "title": ["Boxes do not fold properly", "Gluing defect on {product}"],
        "complaint": [
            "{contact}: {product} jam on their packing machine, the creases are off.",
            "Glue seam opens on some {product_gen} from {order}, their line stops.",
        ],
        "fix": [
            "New die made, test batch ran fine on their machine; {contact} happy.",
            "Sorted the batch at their site with our technician, reprinted the bad part.",
        ],
    },
    "invoice": {
        "about": "about the invoice error",
        "title": ["Wrong price on invoice", "Invoice does not match the order"],
        "complaint": [
            "{contact} from accounts: invoice for {order} uses the old price list.",
            "Invoice and delivery note for {order} do not match, their accounts cannot book it.",
        ],
        "fix": [
            "Corrected invoice sent, {contact} confirmed it is booked.",
            "Sent the credit note and a new invoice for {order}.",
        ],
    },
}

TOPICS = {
    "price": {
        "topic": "Price increase for {year} (board and ink costs)",
        "short": "the price increase",
        "client_position": "Accept at most 4%, and only from Q2.",
        "our_position": "7% on all {product_gen} from February; board went up 18%.",
        "contract_refs": "clause 4.2 (price revision with 30 days notice)",
        "spec_refs": "spec rev. 3: board 300 g/m2",
        "options": "Stage the increase; lighter board where the spec allows; annual volume bonus.",
        "outcome": "5.5% from March, volume bonus 1% above plan.",
        "ours": "We phase the increase in two steps.", "theirs": "They commit to the annual volume in writing.",
        "actions": ["Send the revised price list", "Prepare addendum to clause 4.2", "Board cost calculation for their CFO"],
    },
    "terms": {
        "topic": "Payment terms: client asks 60 days instead of 30",
        "short": "payment terms",
        "client_position": "60 days, group policy for all suppliers.",
        "our_position": "30 days; 45 possible with a deposit on new artwork.",
        "contract_refs": "clause 5.1 (payment within 30 days)",
        "spec_refs": "",
        "options": "45 days; 60 days with 2% price increase; factoring.",
        "outcome": "45 days, deposit 20% for new designs.",
        "ours": "We accept 45 days.", "theirs": "They pay a 20% deposit on new designs.",
        "actions": ["Update payment terms in the contract", "Tell accounts about the new terms"],
    },
    "volume": {
        "topic": "Volume discount for the annual plan",
        "short": "the volume discount",
        "client_position": "8% off if they order {qty} {product_gen} a year.",
        "our_position": "5% with fixed quarterly call-offs.",
        "contract_refs": "clause 3.4 (volumes), appendix 2",
        "spec_refs": "",
        "options": "Tiered discount; fixed call-off dates; stock held by us.",
        "outcome": "6% with quarterly call-offs and stock held two months.",
        "ours": "We hold two months of stock.", "theirs": "Fixed quarterly call-offs.",
        "actions": ["Draft appendix 2 with the tiers", "Plan the stock with production"],
    },
    "renewal": {
        "topic": "Contract renewal {year}",
        "short": "the contract renewal",
        "client_position": "Same prices, shorter lead times.",
        "our_position": "Renew for a year, prices indexed as in clause 4.2.",
        "contract_refs": "clause 9.1 (term and renewal)",
        "spec_refs": "",
        "options": "One-year or two-year term; lead-time guarantee with a buffer stock.",
        "outcome": "Renewed for a year, lead time 8 working days.",
        "ours": "Lead time down to 8 working days.", "theirs": "Two-year forecast shared with us.",
        "actions": ["Send the renewal addendum", "Get the signed copy back"],
    },
    "claim": {
        "topic": "Claim for the rejected batch {order}",
        "short": "the claim for {order}",
        "client_position": "Full refund plus their line downtime.",
        "our_position": "Reprint the batch; downtime is excluded by clause 7.3.",
        "contract_refs": "clause 7.1 (quality claims), clause 7.3 (liability limits)",
        "spec_refs": "approved proof of {date}",
        "options": "Reprint; credit note; split the cost of the downtime.",
        "outcome": "Reprint at our cost plus a 3% credit on the next order.",
        "ours": "Reprint at our cost.", "theirs": "They drop the downtime claim.",
        "actions": ["Reprint the batch", "Issue the credit note", "Root-cause report to their QA"],
    },
}

SESSIONS = {
    "open": [
        "Meeting on {topic}: we laid out our position, {contact} will take it to management.",
        "First round on {topic}. {contact} listened, wants figures in writing.",
    ],
    "middle": [
        "Second round on {topic}: they moved a little, we offered options.",
        "Call with {contact} on {topic}; positions closer, open points in writing {by_day}.",
    ],
    "agreed": [
        "Agreed on {topic}; we write the minutes.",
        "Deal on {topic}, addendum to be signed {by_day}.",
    ],
    "deadlock": [
        "Meeting on {topic} went nowhere: {contact} will not move, neither do we.",
        "{contact} says our offer on {topic} is unacceptable and ended the call.",
        "No progress on {topic}; {contact} hints at a tender.",
    ],
}

EVENT_NOTES = {
    "open": "Opened after the client's request.",
    "deadlock": "Neither side moving; client talks about a tender.",
    "agreed": "Agreed, minutes sent.",
    "escalated": "Taken to the owners on both sides.",
    "withdrawn": "Client withdrew the request.",
}

PULSE = {
    "good": ["Solid, they trust us.", "All fine, regular orders.", "Good relationship, open talks."],
    "uneasy": ["Some tension after the last complaint.", "Quieter than usual, worth a visit.",
               "Price is a sore point."],
    "bad": ["They are looking at other suppliers.", "Complaints pile up, need the owner involved."],
}

QUALIFY = {
    "interesting": ["Regular volumes, pays on time, our kind of product.",
                    "Fits the portrait: food packaging, long-term contract possible."],
    "not_interesting": ["Tiny irregular runs and 90-day payment terms.",
                        "Wants digital one-offs, not what we do."],
}

STAGE_NOTES = {
    "paused": "Orders on hold, budget frozen.",
    "ended": "Moved to another supplier.",
    "contracted": "Contract signed.",
}
