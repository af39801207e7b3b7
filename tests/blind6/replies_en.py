"""Blind evaluation set of English business replies to customer reviews (round 6).

Written blind: the author has not seen the reply checker, its rules, or any
earlier test sets. Replies were composed from scratch across many trades
(restaurants, hotels, vets, dentists, garages, estate agents, nurseries,
carriers, gyms, removals, utilities, etc.) in the voices owners and managers
really use. Codes:
  "argumentative" - argues with, blames, lectures, mocks, doubts or is
                    sarcastic/defensive toward the reviewer;
  "incentive"     - offers something in exchange for a review, a better
                    rating, or editing/removing a review;
  "private"       - publishes the customer's private details (personal email,
                    phone, order/booking reference, address, card digits, full
                    name with booking detail);
  ""              - a good reply. Good replies may use the business's OWN
                    public contacts in CONTACTS, which are not private.
Each reply was written to carry only one code.
"""

from __future__ import annotations

CONTACTS = ["hello@brightmoor.example", "+44 161 496 0000", "12 Mill Lane, Manchester M1 2AB"]

BLIND_REPLIES_EN: list[tuple[str, str]] = [
    # ---- argumentative ----
    (
        "argumentative",
        "We're surprised to read this, as our CCTV clearly shows you were served within 10 minutes of sitting down. Perhaps check the time before writing a review next time.",
    ),
    (
        "argumentative",
        "Sorry you felt the portions were small. They're the same portions every other customer enjoys without complaint, so we're not sure what you were expecting for £9.",
    ),
    (
        "argumentative",
        "Funny how you didn't mention any of this to our staff on the day. Happy to deal with genuine issues but we won't be bullied by one-star reviews.",
    ),
    (
        "argumentative",
        "With respect, if you had read the booking terms you agreed to, you would know the deposit is non-refundable. We can't be held responsible for customers who don't read.",
    ),
    (
        "argumentative",
        "Clearly you're not our target customer. There are plenty of chain places on the high street that might suit you better.",
    ),
    (
        "argumentative",
        "Ah yes, the famous 'cold food'. Our kitchen temperature logs say otherwise, but do carry on.",
    ),
    (
        "argumentative",
        "We've checked our records and have no trace of you ever visiting. We can only assume this review is fake and we'd ask you to remove it.",
    ),
    (
        "argumentative",
        "Our engineer was on site for two hours and the boiler was working when he left. If it's broken again, that's down to how it's been used, not our workmanship.",
    ),
    (
        "argumentative",
        "Nobody 'forced' you to pay for the X-rays, you signed the consent form. Dr Patel spent 40 minutes with your dog and this is the thanks she gets.",
    ),
    (
        "argumentative",
        "It's disappointing when patients think a Google search makes them know more than a dentist with 15 years of training.",
    ),
    (
        "argumentative",
        "Maybe if your group hadn't been shouting in the corridor at 2am, the other guests wouldn't have complained and you wouldn't have been asked to leave.",
    ),
    (
        "argumentative",
        "Frankly, the reason your flat didn't sell is the asking price you insisted on against our advice. We told you so at the time and we have it in writing.",
    ),
    ("argumentative", "lol 45 mins on a Friday night, welcome to the real world mate"),
    (
        "argumentative",
        "You asked for lived-in blonde and that's exactly what you got, we have the consultation notes. Not every look suits every client, and that isn't the stylist's fault.",
    ),
    (
        "argumentative",
        "Typical. A car that hasn't seen a service in four years comes in, fails its MOT, and somehow it's the garage's fault.",
    ),
    (
        "argumentative",
        "We'd love to know which 'broken' machines you mean, because our team checks every one of them daily. Sounds more like user error to us.",
    ),
    (
        "argumentative",
        "As we explained to you several times, the fees are set out clearly in the contract you signed. We won't be apologising for following it.",
    ),
    (
        "argumentative",
        "Three stars for a leak fixed the same day you rang us? Some people are never happy.",
    ),
    (
        "argumentative",
        "You chose the cheapest van on the quote and then complained it wasn't big enough. We did warn you on the phone.",
    ),
    (
        "argumentative",
        "Thanks for the 'feedback'. Our head chef has 20 years' experience and I think he knows what a medium rare steak looks like better than you do.",
    ),
    (
        "argumentative",
        "Sorry the wifi wasn't quick enough for you to work for five hours on one latte. We're a café, not your office.",
    ),
    (
        "argumentative",
        "The 'dirty' oven was cleaned before you arrived. Given the pizza boxes we found in the bin when you left, we think we know who used it.",
    ),
    (
        "argumentative",
        "It isn't the instructor's fault that you've failed your test three times. At some point you have to look at yourself.",
    ),
    (
        "argumentative",
        "We're a small family-run B&B and reviews like this hurt real people's livelihoods. Hope you're proud of yourself.",
    ),
    (
        "argumentative",
        "Pretty rich to complain about the price when you'd already haggled us down £100 before we started.",
    ),
    (
        "argumentative",
        "Your dog came in severely matted, which is the result of months without brushing at home. We did the best anyone could with what we were given.",
    ),
    (
        "argumentative",
        "Our staff weren't 'rude', they simply refused to unlock a phone you couldn't prove was yours. We'll let readers draw their own conclusions.",
    ),
    # ---- incentive ----
    (
        "incentive",
        "So sorry about the wait. If you'd be willing to update your review once we've sorted things out, we'll send you a £20 voucher for your next visit.",
    ),
    (
        "incentive",
        "Thanks for the 3 stars! Bump it up to 5 and show us at the till next time for a free dessert on the house 😊",
    ),
    (
        "incentive",
        "We've now refunded your delivery charge in full, so we'd really appreciate it if you could take this review down.",
    ),
    (
        "incentive",
        "We give 15% off the next booking to every guest who leaves us a five-star review, and we'd love to include you if you feel able to reconsider your rating.",
    ),
    (
        "incentive",
        "Every review posted this month goes into our prize draw for a year of free car washes, so why not give us another go and update your rating?",
    ),
    (
        "incentive",
        "Sorry about the room. We'll upgrade you to a suite on your next stay if you'd kindly revise your rating to reflect our response.",
    ),
    (
        "incentive",
        "Give us a ring and we'll happily refund the consultation fee in return for you removing this review.",
    ),
    (
        "incentive",
        "We'd love to turn these 2 stars around! Post an updated review and we'll pop a free bag of treats in the post for Bella 🐶",
    ),
    (
        "incentive",
        "Please get in touch and we'll send you a complimentary bottle of prosecco in exchange for amending your review.",
    ),
    (
        "incentive",
        "Our policy is to refund unhappy customers once they withdraw their negative feedback, so just let us know when it's gone and we'll process it.",
    ),
    (
        "incentive",
        "Thank you for the kind words! Leave us a 5-star review on Google as well and we'll add a free month to your membership.",
    ),
    (
        "incentive",
        "Sorry the install took longer than planned. We'll waive the call-out charge if you can edit your review to four or five stars.",
    ),
    (
        "incentive",
        "Glad you enjoyed the box! Post a review on Trustpilot too and we'll knock £10 off your next order as a thank you.",
    ),
    # ---- private ----
    (
        "private",
        "Hi Sarah, we've looked into order #48213-UK and our driver's photo shows it delivered to 14 Rowan Close at 3:12pm. Could you check with your neighbours?",
    ),
    (
        "private",
        "Mr Daniel Okafor, we've checked your booking for 2 adults on 12-15 August (ref HTL-77342) and we're sorry to see the room wasn't ready when you arrived.",
    ),
    (
        "private",
        "We've tried calling you on 07700 900123 three times to sort this out. Please give us a call back when you can.",
    ),
    (
        "private",
        "We've emailed the refund details to jess.morgan88@gmail.com, so please check your spam folder if it hasn't arrived.",
    ),
    (
        "private",
        "Sorry for the confusion. The card ending 4471 was declined on the day, which is why your appointment didn't confirm.",
    ),
    (
        "private",
        "Hi Priya, your delivery to Flat 3, 22 Albert Road, Leeds LS6 1AB was rescheduled because nobody was in to sign for it. Sorry for the hassle.",
    ),
    (
        "private",
        "Thanks Emma. Our register shows your daughter Lily Shah attended on 3 and 4 March, so those days do appear on the invoice, but we're happy to go through it with you.",
    ),
    (
        "private",
        "Thank you Mrs Hargreaves. Max (booking VET-2291) was seen on Tuesday by Dr Clarke and we'll ring you on 07700 900871 tomorrow with the blood results.",
    ),
    (
        "private",
        "Hello Mark Bennett, we're sorry your MOT booking for KX19 PLM on the 9th was missed. We've rebooked it for Friday at 10am.",
    ),
    (
        "private",
        "We've refunded the £62.40 to your PayPal account m.lewis@outlook.com this morning. It should show within 3 working days.",
    ),
    (
        "private",
        "Dear Ahmed, parcel SD8821993GB was left in the green bin at 7 Birch Avenue, Halifax as per the safe-place instructions on your account.",
    ),
    (
        "private",
        "Hi Claire, I've spoken to your husband on 07700 900456 and he's confirmed the fitting on 21st June works for you both.",
    ),
    (
        "private",
        "Apologies for the mix-up. Your order number 100-4458721 now shows a £15 credit, which you can use until 30 June.",
    ),
    (
        "private",
        "Hi Gemma Walsh, we've checked your table for 6 at 7.30pm on Saturday 18th and there's no note about a birthday cake, but we're sorry it wasn't there.",
    ),
    (
        "private",
        "We've passed your comments to the driver who delivered to 41 Kingsway, Stockport SK4 1AA, and he's very sorry about the missing bag.",
    ),
    (
        "private",
        "Anna, the revised quote has been emailed to anna.p.roberts@yahoo.co.uk and a paper copy posted to 9 Elm Grove, Didsbury.",
    ),
    # ---- good ----
    (
        "",
        "Thank you so much for the lovely review, Jo! The whole team were thrilled to read it. See you at your next check-up 😁",
    ),
    (
        "",
        "We're really sorry your parcel arrived damaged. That isn't the standard we aim for. Please email us at hello@brightmoor.example with your order details and we'll put it right.",
    ),
    (
        "",
        "You're right that we kept you waiting 40 minutes past your appointment time, and we're sorry. We had an emergency that morning, but we should have told you when you arrived.",
    ),
    (
        "",
        "Thanks for your feedback. Deposits are non-refundable within 48 hours of a booking because we usually can't fill the slot at that notice, and this is shown at checkout. We know that's frustrating when plans change, so if you call us on +44 161 496 0000 we'll see if we can move your deposit to another date.",
    ),
    (
        "",
        "Haha, we'll let the chef know he's now officially 'better than your nan's'. High praise indeed!",
    ),
    (
        "",
        "Sorry the room was cold on your first night. The heating on that floor failed and was fixed the next morning, but we should have offered you a heater or a room move straight away. We've passed this on to the night team.",
    ),
    (
        "",
        "We're sorry you were disappointed with the final price. The extra labour for the second storey was listed on the written quote and our surveyor went through it on site, but we understand it was more than you expected. We're happy to go through the breakdown with you again on +44 161 496 0000.",
    ),
    (
        "",
        "Thank you for taking the time to write this. We've refunded the missing items, and I've spoken to the picking team about checking substitutions more carefully.",
    ),
    (
        "",
        "We're so sorry about Biscuit. Losing a pet is hard, and we're sorry our last visit added to that. Our practice manager would like to talk it through with you, so please drop us a line at hello@brightmoor.example whenever you feel ready.",
    ),
    (
        "",
        "Cheers Dave! Glad the new boiler's keeping you toasty. Give us a shout when the annual service comes round.",
    ),
    (
        "",
        "Thanks for the 4 stars. You mentioned parking was tricky: there's a free car park behind us, off Mill Lane, which we hadn't made clear on our website. We've added it now.",
    ),
    (
        "",
        "We hear you on the music. After a few similar comments we've turned it down during lunch service. Thanks for telling us.",
    ),
    (
        "",
        "Sorry we missed your delivery slot. One of our vans broke down that afternoon and we didn't let customers know quickly enough. Our customer team is on +44 161 496 0000 if there's anything else we can do.",
    ),
    (
        "",
        "Thank you for the kind words about Amira, she'll be delighted. She's been with us six years and is the reason lots of our nervous patients keep coming back.",
    ),
    (
        "",
        "We're sorry the course didn't meet your expectations. For clarity, the course page does say the final module is online only, but we accept that detail was hard to find and we're moving it to the top of the page.",
    ),
    (
        "",
        "We don't allow dogs in the dining room because of allergies among staff and guests, but they're always welcome on the terrace. Sorry this wasn't made clear when you booked.",
    ),
    (
        "",
        "Our office at 12 Mill Lane, Manchester M1 2AB is open 9-5 on weekdays if you'd like to pop in and go through the paperwork with us in person.",
    ),
    (
        "",
        "Wow, thank you! Five stars AND a photo of the cake, you've made the whole bakery's week.",
    ),
    (
        "",
        "We're sorry we got your order wrong, that's on us. The kitchen now double-checks allergen notes on every ticket before it goes out.",
    ),
    (
        "",
        "Fair comment about the prices. We've gone up this year because our energy bills doubled, and we'd rather be honest about that than shrink the portions.",
    ),
    (
        "",
        "We understand why you're upset, and we're sorry the repair took three visits. I'd like to look into what went wrong myself, so please email hello@brightmoor.example and mark it for my attention. Helen, Service Manager",
    ),
    (
        "",
        "Thank you for your review. We don't believe our team were rude: we've spoken to both staff members and they followed our usual process. That said, we're sorry the outcome wasn't what you hoped for, and we're always open to talking it through.",
    ),
    (
        "",
        "Thanks for flagging the broken tap in the changing rooms. It was fixed first thing this morning.",
    ),
    (
        "",
        "So glad the transfer went smoothly and your pensions are all in one place now. Thank you for trusting us with it.",
    ),
    ("", "Thank you, Priya! 😊"),
    (
        "",
        "Sorry about the wait on hold. Our lines were swamped after the storm and we've since added extra staff on weekday mornings. If you still need help, the team is on +44 161 496 0000.",
    ),
    (
        "",
        "We're sorry your little one's first week was unsettled. It's really common for children to take a few weeks, and her key worker will be in touch to arrange a catch-up.",
    ),
    (
        "",
        "Thanks for the honest review. You're right that the sofa arrived with a scuffed leg, and we're sending a replacement leg out this week at no cost.",
    ),
    (
        "",
        "Thanks for taking the time. Just so other readers know, the fee mentioned is the booking fee shown on the payment page before you confirm. We know fees are annoying and we're looking at how we display them.",
    ),
    (
        "",
        "Haha, we promise the parrot at reception only swears in Portuguese. Thanks for a brilliant review!",
    ),
    (
        "",
        "We're sorry. There's no excuse for a bin being missed three weeks running. Your street has been added to the supervisor's checks and the crew have been briefed.",
    ),
    (
        "",
        "Thanks for your feedback. We can't refund digital downloads once they've been opened, but we'd really like to help get it working. Our support team can be reached at hello@brightmoor.example.",
    ),
    (
        "",
        "You're absolutely right and I'm sorry. The driver shouldn't have left your parcel on the doorstep in the rain. We've spoken to him and sent out a replacement.",
    ),
    (
        "",
        "Thanks so much, we loved having you and the kids on board! Hope the dolphins show up next time too 🐬",
    ),
    (
        "",
        "Sorry to read this. We'd like to understand what happened at the checkout, so please contact us at hello@brightmoor.example or call in at 12 Mill Lane, Manchester M1 2AB and we'll look into it.",
    ),
    (
        "",
        "We take hygiene very seriously and we're concerned to read this. We've since done a full deep clean and checked every area you mention.",
    ),
    (
        "",
        "Thanks for your patience while the road was closed. We were replacing a main that had burst twice this year, and the work is now finished.",
    ),
    (
        "",
        "We agree the wait for an appointment was too long, and we're sorry. We're recruiting two more hygienists to bring waiting times down.",
    ),
    (
        "",
        "Thank you for your review. We can't discuss individual patients' care in public, but we'd welcome the chance to talk. Please call +44 161 496 0000 and ask for the practice manager.",
    ),
    (
        "",
        "Aww, thank you! Bella was an absolute star at her groom and we loved how she 'helped' with the towels.",
    ),
    (
        "",
        "Sorry the scooter cut out on you. That model has a battery fault we're fixing across the fleet, and we've refunded the ride.",
    ),
    ("", "Cheers for the 5 stars! Glad the lads made moving day easy. Enjoy the new place."),
    (
        "",
        "We're sorry we fell short this time. The kitchen was short-staffed that night, which isn't your problem, but it is the reason. We'd love to welcome you back whenever you're ready.",
    ),
]
