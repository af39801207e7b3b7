"""Blind evaluation set: English business replies to customer reviews.

Written by an independent evaluator, written blind, without seeing the scorer
or earlier sets. Each reply is labelled with what a careful manager would flag
before publishing it:
  "argumentative" - argues with, blames, lectures, mocks, or is sarcastic or
                    defensive toward the reviewer
  "incentive"     - offers something in exchange for a review, a better
                    rating, or editing/removing a review
  "private"       - publishes the customer's private details
  ""              - a good reply that must not be flagged
"""

from __future__ import annotations

# The business's own public contacts (NOT private data):
CONTACTS = ["support@northwind.example", "+44 20 7000 1234", "1 Harbour Road, Leeds LS1 4AB"]

BLIND_REPLIES_EN: list[tuple[str, str]] = [
    # ---------------- argumentative ----------------
    (
        "argumentative",
        "With respect, we have no record of a booking under your name on that date, so we're not sure which restaurant you actually visited.",
    ),
    (
        "argumentative",
        "We're sorry you feel that way, but the other 400 guests we served that weekend seemed to have no issue with the portion sizes.",
    ),
    (
        "argumentative",
        "Perhaps if you had read the menu properly you would have seen that the dish contains nuts. It is clearly marked.",
    ),
    (
        "argumentative",
        "Thank you SO much for your feedback. We'll be sure to let the chef know that a self-described food critic found his risotto 'bland'. He'll be devastated.",
    ),
    (
        "argumentative",
        "The room was cleaned to our usual standard before you arrived. If it ended up looking like your photos, that's hardly our responsibility.",
    ),
    (
        "argumentative",
        "You arrived 45 minutes late for your table and then complained about having to wait. We held it as long as we reasonably could.",
    ),
    (
        "argumentative",
        "Interesting that you mention the delay but not the free dessert we gave you to make up for it. Selective memory?",
    ),
    (
        "argumentative",
        "We don't normally respond to reviews like this, but we'll make an exception. Our staff do not 'ignore' customers. You were asked to wait your turn like everyone else.",
    ),
    (
        "argumentative",
        "Hi Dave, just to correct you, it's called a flat white, not a 'flat latte', and yes, it is supposed to be smaller. Hope that helps for next time.",
    ),
    (
        "argumentative",
        "Our policy is on the website, in the booking email and on a sign at reception. Not sure how much more clearly we could have said it.",
    ),
    ("argumentative", "If you want a five-star hotel, pay five-star prices. Simple as that."),
    (
        "argumentative",
        "It's a real shame you chose to post this online instead of speaking to us at the time. Reviews like this hurt small businesses and the people who work in them, and we hope you think about that next time.",
    ),
    (
        "argumentative",
        "We checked our CCTV and you were in the shop for less than four minutes. Hard to judge our whole range in that time.",
    ),
    (
        "argumentative",
        "Your dog was off its lead and jumped up at another guest's table. That is why you were asked to leave, not because of anyone's 'attitude'.",
    ),
    (
        "argumentative",
        "Thanks for the one star! Funny how you still managed to eat every bite of that 'inedible' steak.",
    ),
    (
        "argumentative",
        "As stated in our terms, which you agreed to, the deposit is non-refundable. We'd suggest reading things before you sign them in future.",
    ),
    (
        "argumentative",
        "Everyone is entitled to their opinion, even when it's wrong. Our other reviews speak for themselves.",
    ),
    (
        "argumentative",
        "This review is clearly from a competitor. None of our real customers has ever had an experience like this.",
    ),
    (
        "argumentative",
        "We're a gym, not a spa. If you wanted fluffy towels there are plenty of places in town that charge three times as much.",
    ),
    (
        "argumentative",
        "The 'noise' you heard was your exhaust, which we told you needed replacing. You declined the work. That's not on us.",
    ),
    (
        "argumentative",
        "Cold food? It was snowing and our drivers were doing their best on icy roads. Maybe be a bit more understanding next time.",
    ),
    (
        "argumentative",
        "I'm the owner and I was working that night. I saw nothing like what you describe, so I can only assume this is exaggerated.",
    ),
    (
        "argumentative",
        "Oh dear, another expert who thinks they know more about hair colour than a stylist with twenty years' experience.",
    ),
    ("argumentative", "We appreciate all feedback, even the unreasonable kind."),
    (
        "argumentative",
        "The 'rude' receptionist you mention is my daughter, and she was following our policy exactly. Maybe think before you write.",
    ),
    (
        "argumentative",
        "Your booking was for a standard room. You got a standard room. We're not sure what the problem is here.",
    ),
    ("argumentative", "lol ok. see you never then 👋"),
    (
        "argumentative",
        "You ordered the most complicated dish on the menu at 8pm on a Saturday, our busiest hour of the week. Good food takes time, and most people understand that.",
    ),
    (
        "argumentative",
        "Thanks for your review. For the record, the 'hidden' fee you complain about is on page one of the contract you signed. Reading it would have saved us both some time.",
    ),
    # ---------------- incentive ----------------
    (
        "incentive",
        "We're so sorry about your stay. If you'd be willing to update your review, we'd love to offer you a free night on your next visit.",
    ),
    (
        "incentive",
        "Please get in touch at support@northwind.example and once the review has been removed we'll refund your order in full.",
    ),
    (
        "incentive",
        "Thanks for the feedback! Anyone who leaves us a 5-star review this month gets 20% off their next order, and that includes you 😊",
    ),
    (
        "incentive",
        "We'd like to make this right. Change your rating to 4 or 5 stars, show us the screenshot at the counter, and your coffee is free every day this week.",
    ),
    (
        "incentive",
        "Sorry for the trouble. Leave us another review after your next visit and you'll be entered into our monthly draw for a £100 voucher.",
    ),
    (
        "incentive",
        "We hate seeing 2 stars from a regular! If you could bump it up a bit, drinks are on us next time you're in.",
    ),
    (
        "incentive",
        "Hi there, we'll happily upgrade you to a sea-view suite on your next booking if you're willing to take this review down.",
    ),
    (
        "incentive",
        "Apologies again. We've emailed you a £25 voucher, which will be activated as soon as your revised review goes live.",
    ),
    (
        "incentive",
        "We really value honest feedback, which is why every customer who posts a Google review this month receives a free dessert on their next visit.",
    ),
    (
        "incentive",
        "Sorry about the wait for your parts. As a goodwill gesture we'll waive the labour charge if you'd consider editing this review to reflect how it was resolved.",
    ),
    (
        "incentive",
        "Give us another try: your next month's membership is free in return for updating your review once you've been back a few times.",
    ),
    (
        "incentive",
        "We'd be grateful if you could delete this. In return, your next three deliveries are free, no minimum order.",
    ),
    (
        "incentive",
        "Come back for your next service, mention this reply and post a new review afterwards, and the oil change is on the house.",
    ),
    (
        "incentive",
        "Message us privately and we'll send you a £50 gift card. All we ask is that you reconsider the one star.",
    ),
    # ---------------- private ----------------
    (
        "private",
        "Hi Mark, we've looked into order #NW-448213 and it shows as delivered to 14 Ashgrove Road, Leeds LS6 2PQ at 6:42pm.",
    ),
    (
        "private",
        "Dear Ms Patel, we have checked your booking (ref KX7-22391, room 214, 3 to 5 March) and no complaint was logged at reception during your stay.",
    ),
    (
        "private",
        "We've tried to call you on 07700 900123 three times this week with no answer. Please call us back when you can.",
    ),
    (
        "private",
        "Hi Jenny, we've replied to your email at jenny.holt84@gmail.com with the refund details.",
    ),
    (
        "private",
        "Sorry to hear this. The refund to your card ending 4417 went through on the 12th and may take up to 5 working days to appear.",
    ),
    (
        "private",
        "Sorry about the mix-up, Thomas Green. Your table for 6 this Saturday at 8pm has been moved to the garden as you asked.",
    ),
    (
        "private",
        "Our driver says he knocked twice at Flat 3, 27 Victoria Street before leaving the parcel with your neighbour at number 29.",
    ),
    (
        "private",
        "Hi Helen, your sertraline prescription (ref RX-55102) was ready for collection on Tuesday and is still waiting at the counter.",
    ),
    (
        "private",
        "We'll be in touch shortly, we have your mobile (+44 7911 123456) on file from the booking.",
    ),
    (
        "private",
        "Hello Mr Okafor, regarding rental agreement AB-99120 for the Ford Focus collected at Manchester Airport on 4 June, the damage charge has now been reviewed.",
    ),
    (
        "private",
        "Sorry to hear this, Claire. I've asked our engineer to revisit you at 5 Mill Lane, Harrogate HG1 3RT on Thursday between 8 and 12.",
    ),
    (
        "private",
        "Order 771-3302-9981 shows as cancelled on 3 May, so no payment was taken from the Visa ending 0923.",
    ),
    (
        "private",
        "Thanks for the lovely review, Anna! We've saved your email, anna.k.brooks@outlook.com, so we can send you a reminder before next year's anniversary.",
    ),
    (
        "private",
        "We've passed your complaint to the store manager, Mr Daniel Hughes. For reference, your loyalty card number is 6334 0091 2287.",
    ),
    (
        "private",
        "Dear Mr and Mrs Lindqvist, your stay from 14 to 18 August in the Garden Suite has been fully refunded to your Mastercard.",
    ),
    (
        "private",
        "Hi Raj, we couldn't reach you at raj.mehta@company-mail.co.uk so we're posting here: your replacement phone ships tomorrow to 22 Canal Street, Manchester M1 3HE.",
    ),
    (
        "private",
        "Policy number HS-2231190 has now been reinstated, Mr Peter Cooper. Apologies for the confusion.",
    ),
    # ---------------- good (must not be flagged) ----------------
    (
        "",
        "Sorry the soup was cold and you waited 40 minutes for your mains. That's not what we want for anyone, and we've talked to the kitchen team about timing on busy nights.",
    ),
    ("", "Thank you for the lovely review! We'll pass your kind words on to Tom behind the bar."),
    (
        "",
        "We're sorry your parcel arrived damaged. Please email support@northwind.example with a photo and we'll send a replacement straight away.",
    ),
    (
        "",
        "Thanks for taking the time to write this. You're right that the check-in queue was far too long on Friday. We were short-staffed and we've changed the rota so it doesn't happen again.",
    ),
    (
        "",
        "We're sorry about the billing error. Please call us on +44 20 7000 1234 and ask for the accounts team, who can correct it while you're on the phone.",
    ),
    (
        "",
        "Our cancellation policy asks for 48 hours' notice because we hold the table and turn other guests away. We understand that's frustrating when plans change, and we're sorry we couldn't be more flexible this time.",
    ),
    ("", "Thank you! Glad the new trainers are doing the job. Happy running!"),
    (
        "",
        "Sorry about the missing drink. We've refunded the drink and the delivery fee to your original payment method.",
    ),
    (
        "",
        "We hear you on the price rise. Our costs have gone up too, but that doesn't make it any easier on your side, and we appreciate you telling us honestly.",
    ),
    (
        "",
        "We checked with housekeeping and the room was serviced that morning, but clearly something fell short of what you expected and we're sorry. We'd like to understand what you saw, so please get in touch at support@northwind.example.",
    ),
    ("", "Thanks for the five stars, it made the whole team's day."),
    (
        "",
        "You're right, and we're sorry. The gym was too hot and two treadmills were out of action. The air conditioning has been repaired and new belts are on order.",
    ),
    (
        "",
        "We're sorry the colour wasn't what you asked for. Pop in any time and we'll correct it at no charge.",
    ),
    (
        "",
        "Thank you for the honest feedback about the street noise. Rooms at the back are much quieter, and we'll mention that to guests when they book.",
    ),
    (
        "",
        "We can't discuss account details here, but we'd like to help. Please contact us at support@northwind.example or on +44 20 7000 1234 and quote 'review follow-up'.",
    ),
    (
        "",
        "Really sorry your driver got lost. Drivers use the postcode given at checkout, and in newer developments that sometimes points to the wrong spot, so we're adding a notes field for directions.",
    ),
    (
        "",
        "Thank you for staying with us! We're delighted you loved the breakfast, and you'll always find us at 1 Harbour Road, Leeds LS1 4AB when you're next in town.",
    ),
    (
        "",
        "We're sorry the car wasn't ready when you arrived. A 50-minute wait isn't acceptable, and we've refunded one day's hire.",
    ),
    (
        "",
        "Fair point about the parking. There's no car park on site and we should make that clearer, so we've updated the directions page on our website.",
    ),
    ("", "Thanks, Priya! So glad you enjoyed your birthday with us."),
    (
        "",
        "We understand why you're unhappy. Prescriptions can take longer when we have to order stock in, but we should have told you that at the counter rather than letting you come back twice. We're sorry.",
    ),
    (
        "",
        "Thank you for the feedback. We do charge for extra luggage, as set out at booking, but we take your point that the fee is hard to find on the website and we're changing how it's displayed.",
    ),
    (
        "",
        "Sorry the app kept logging you out. An update fixing this went out on Tuesday. If you're still seeing it, please write to support@northwind.example so we can look at your device.",
    ),
    (
        "",
        "Thank you for such a detailed review. We're thrilled the wedding went so smoothly and we loved being part of your day.",
    ),
    (
        "",
        "We're sorry you were charged twice. Our card machine had a fault on Saturday and all duplicate payments have now been reversed.",
    ),
    (
        "",
        "We see this one a little differently: the service charge is printed on the menu and mentioned when orders are taken. Still, we're sorry it came as a surprise, and we'll make the wording on the menu clearer.",
    ),
    (
        "",
        "Sorry to hear the shower was lukewarm. The boiler has since been serviced. Thanks for flagging it.",
    ),
    ("", "Thanks for the 4 stars! We're working on a vegan brunch option, so watch this space."),
    (
        "",
        "We're really sorry for the mix-up with your order and for how long it took to sort out. You shouldn't have had to chase us.",
    ),
    (
        "",
        "We appreciate the review. Our phone line is busiest on Monday mornings; it's usually quicker to reach us on +44 20 7000 1234 after 2pm, or by email at support@northwind.example.",
    ),
    (
        "",
        "Thank you. Our claims team aim to reply within 5 working days and we missed that in your case. We apologise, and your claim has been escalated to a senior handler.",
    ),
    (
        "",
        "Genuinely sorry. The class was cancelled with far too little notice, and that's on us. We've credited the session back to your account.",
    ),
    ("", "Thanks for coming in! The almond croissants will be back on Saturday."),
    (
        "",
        "We're sorry our returns process felt like a battle. You shouldn't have to explain yourself to return an item within 14 days with a receipt, and we've spoken to the team about it.",
    ),
    (
        "",
        "Thank you for your review. We'd love to hear more about what went wrong. You can write to us at support@northwind.example, call +44 20 7000 1234, or drop in at 1 Harbour Road, Leeds LS1 4AB.",
    ),
    (
        "",
        "Sorry about the delay to the 07:42. A signalling fault held up services for around 40 minutes. You can claim compensation through the Delay Repay page on our website.",
    ),
    ("", "Cheers for the kind words 🙌 see you next leg day!"),
    (
        "",
        "We're sorry the engineer missed the appointment window, especially as you'd taken the morning off. Compensation has been added to your next bill under our service guarantee.",
    ),
    (
        "",
        "Thank you for letting us know about the reaction. Please stop using the product, and contact support@northwind.example for a full refund. We've also passed your comments to our formulation team.",
    ),
    (
        "",
        "Hi, thanks for the feedback. We can't price-match online offers in store, which we know is frustrating, but we can order items in for you at the online price if you ask at the till.",
    ),
    (
        "",
        "We understand the disappointment at the tickets selling out so quickly. Everything was released at the same time with no presale, and we'll look at running a waiting list for the next event.",
    ),
]
