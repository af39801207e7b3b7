"""Blind evaluation set for the review-reply checker (English owner replies).

How it was written: blind and from scratch, by a writer who saw neither the
reply checker nor any earlier evaluation set. All businesses, people and
details are invented. Replies imitate owner responses on Google reviews,
Trustpilot, TripAdvisor, booking sites, app stores and Facebook pages for
many trades (restaurants, hotels, garages, dentists, vets, gyms, salons,
plumbers, estate agents, software, shops, delivery, cafes and more).

Codes (exactly one per reply):
  "argumentative" - argues with, blames, lectures, doubts, mocks, or is
                    sarcastic/defensive toward the reviewer;
  "incentive"     - offers something (discount, free item, refund, prize
                    draw entry) in exchange for a review, a better rating,
                    or editing/removing a review;
  "private"       - publishes the customer's private details (personal
                    email, phone, order/booking reference, home/delivery
                    address, card digits, full name with booking details);
  ""              - a good, publishable reply: apology naming the problem,
                    thanks, policy explanation, invitation to get in touch
                    via the business's OWN public contacts (CONTACTS below),
                    which are not private data.
"""

from __future__ import annotations

CONTACTS = [
    "hello@larkspurhotel.co.uk",
    "0161 496 0732",
    "14 Canal Street, Manchester M1 3HE",
]

BLIND_REPLIES_EN: list[tuple[str, str]] = [
    # ---------------- argumentative (25) ----------------
    (
        "argumentative",
        "We've checked the CCTV and you were in the restaurant for a grand total of 22 minutes, so I'm not sure how you can claim you waited an hour for your food. Maybe check your facts before posting.",
    ),
    (
        "argumentative",
        "Funny how you didn't mention any of this when you were at the counter happily eating everything on your plate. If it was that bad, why did you finish it?",
    ),
    (
        "argumentative",
        "With respect, you booked the cheapest room in the building in peak season and then complained it was small. The room size is clearly listed on the website.",
    ),
    (
        "argumentative",
        "I've been a mechanic for 30 years and I think I know a bit more about gearboxes than someone who read a forum post. The fault was there before you brought the car in, end of story.",
    ),
    (
        "argumentative",
        "Our stylist did exactly what you asked for. We have the reference photo you showed her. It's not our fault the colour didn't suit you.",
    ),
    (
        "argumentative",
        "Perhaps if you'd turned up on time for your appointment instead of 25 minutes late, the dentist wouldn't have had to reschedule you. Just a thought.",
    ),
    (
        "argumentative",
        "Interesting that this account was created yesterday and this is its only review. We know exactly who you are and we know you work for the place across the road.",
    ),
    (
        "argumentative",
        "Sorry you feel that way but honestly we have hundreds of five star reviews, so I think the problem might not be us.",
    ),
    (
        "argumentative",
        "The contract you signed clearly states a 12 month minimum term. Nobody forced you to sign it. Reading things before you agree to them is generally a good idea.",
    ),
    (
        "argumentative",
        "You were asked three times by staff to keep your dog on a lead. When you refused, you were asked to leave. That's not 'rude', that's the rules, which apply to everyone including you.",
    ),
    (
        "argumentative",
        "Wow, one star because the sun was in your eyes on the terrace. We'll be sure to have a word with the sun.",
    ),
    (
        "argumentative",
        "We don't normally respond to reviews like this but we will not be bullied by people who think shouting at a 17 year old waitress gets them a free meal.",
    ),
    (
        "argumentative",
        "A 'cold' pizza after it sat in your car for 40 minutes while you went to the shop? Shocking. Truly a mystery.",
    ),
    (
        "argumentative",
        "Our plumber was at your property for 4 hours and fixed the leak. You now refuse to pay the invoice and leave a one star review. I'll let other readers draw their own conclusions.",
    ),
    (
        "argumentative",
        "If you'd actually read the listing you would have seen there's no lift. It's a listed 18th century building. We can't exactly bolt one to the outside.",
    ),
    (
        "argumentative",
        "Nobody else has ever complained about the noise. Maybe you're just a very light sleeper, in which case a city centre hotel above a bar probably wasn't the best choice.",
    ),
    (
        "argumentative",
        "Gym etiquette 101: if you hog three machines for 45 minutes, other members will say something. Our staff backed them up because they were right.",
    ),
    (
        "argumentative",
        "The app works perfectly on every supported device. If you're running a five year old phone with an outdated OS that's really not something we can fix for you.",
    ),
    (
        "argumentative",
        "Quite frankly this review is nonsense. Your cat was treated with the utmost care and the bill reflects the treatment your cat needed. Vets aren't a charity.",
    ),
    (
        "argumentative",
        "You're entitled to your opinion, however wrong it is. The rest of our customers seem to manage to find the entrance without any trouble.",
    ),
    (
        "argumentative",
        "Interesting how the 'mould' only appeared in your photos after you'd asked for a discount. We inspected the room the next morning and it was spotless.",
    ),
    (
        "argumentative",
        "Calling our team 'clueless' because they wouldn't give you a refund on a used mattress after 90 days is a bit rich. Rules are rules.",
    ),
    (
        "argumentative",
        "Sorry, but 'the delivery driver didn't smile' is not a reason to give a one star review. Some of us are just trying to do our jobs.",
    ),
    (
        "argumentative",
        "We refunded you in full, as you well know, so posting that we 'stole your money' is not only false but could be considered defamatory. We'd suggest you remove it.",
    ),
    ("argumentative", "lol ok. Enjoy your chain coffee then, we won't miss you."),
    # ---------------- incentive (15) ----------------
    (
        "incentive",
        "We're really sorry about your visit. If you'd be willing to update your review, we'd love to offer you a free meal for two next time you're in.",
    ),
    (
        "incentive",
        "Thanks for the feedback! Leave us a 5 star review on Google and show it at the till next time for 10% off your order.",
    ),
    (
        "incentive",
        "Hi Sam, we'd like to make this right. If you remove this review we'll refund the full cost of your treatment straight away.",
    ),
    (
        "incentive",
        "Sorry to hear about the delay. Every customer who reviews us this month is entered into a draw to win a £100 voucher, so do pop back and leave us an updated rating!",
    ),
    (
        "incentive",
        "We hate seeing a 2 star from a regular! Change it to 5 and your next haircut is on the house 💇",
    ),
    (
        "incentive",
        "Thanks for staying with us. Guests who leave a positive review on TripAdvisor get a complimentary late checkout on their next stay, just mention this message.",
    ),
    (
        "incentive",
        "We appreciate the honest feedback. If you could take this review down while we sort things out, we'll send you a £25 gift card as a thank you.",
    ),
    (
        "incentive",
        "Really sorry the app kept crashing. Rate us 5 stars in the App Store and we'll unlock a free month of Premium for you.",
    ),
    (
        "incentive",
        "Please message us on Facebook and we'll arrange a partial refund in exchange for amending this review.",
    ),
    (
        "incentive",
        "So sorry your order was late. Give us another chance: bump us up to 4 or 5 stars and we'll send you a free dessert with your next delivery.",
    ),
    (
        "incentive",
        "Dear guest, we would be delighted to offer you 20% off your next booking if you would kindly consider revising your rating.",
    ),
    (
        "incentive",
        "Hey! Glad you liked the class. Fancy a free week? Just leave us a review on Google and Trustpilot and show the front desk.",
    ),
    (
        "incentive",
        "We're sorry for the mix-up with your MOT booking. If you're able to edit your review to reflect how we resolved it, your next oil change is free.",
    ),
    (
        "incentive",
        "Thank you for your comments. We'd happily waive the cancellation fee if you're willing to remove the review.",
    ),
    (
        "incentive",
        "Sorry to see this! Review us again after your next stay and we'll upgrade you to a sea view room free of charge 😊",
    ),
    # ---------------- private (15) ----------------
    (
        "private",
        "Hi Karen, we've looked into booking LRK-48213 and can confirm you were charged the correct rate for the two nights of 14-16 March.",
    ),
    (
        "private",
        "Mr Okafor, our records show your parcel was delivered to 27 Elm Grove, Stockport SK4 2LB on Tuesday at 14:03 and signed for.",
    ),
    (
        "private",
        "Hi Jess, we've tried calling you on 07700 900461 three times now with no answer. Please pick up so we can resolve this.",
    ),
    (
        "private",
        "We have refunded the £38.50 to your Visa ending 4417. It should show within 3-5 working days.",
    ),
    (
        "private",
        "Dear Daniel Whitmore, regarding your reservation for 6 people on Saturday 12th at 8pm, we have no record of any complaint on the night.",
    ),
    (
        "private",
        "Hi Priya, I've emailed you at priya.s.kaur88@gmail.com with the details of the repair. Please check your spam folder.",
    ),
    (
        "private",
        "Order #55120-B was dispatched on time to the address you provided, Flat 3, 9 Harbour View, Leith. The courier confirmed delivery.",
    ),
    (
        "private",
        "Mrs Thompson, your son Oliver's appointment on 3 June was cancelled because your account at 41 Mill Lane had an outstanding balance of £120.",
    ),
    (
        "private",
        "Hi Tom, as discussed on the phone (07911 123456), the part for your Golf registration KV19 XYZ arrives Thursday.",
    ),
    (
        "private",
        "We checked the CCTV for table 9 on Friday and your husband Mark paid £86.40 by card ending 0923, including the service charge.",
    ),
    (
        "private",
        "Hello Ms Grace Adeyemi, our records show your membership (no. 003871) was frozen at your request in January, not cancelled.",
    ),
    (
        "private",
        "Sorry Ben, the driver rang 07456 223 198 twice and knocked at 15 Fairfield Road but nobody answered.",
    ),
    (
        "private",
        "Hi Laura, I've passed your complaint about ticket ref QX7-20391 to our refunds team and replied to laura.bennett@outlook.com.",
    ),
    (
        "private",
        "Dear Mr and Mrs Collins, regarding your stay in room 212 from 2-9 August under booking 7781-3345, the minibar charges were correct.",
    ),
    (
        "private",
        "Ahmed, your prescription for amoxicillin was ready for collection on Monday, we texted you at 07890 554 212 to let you know.",
    ),
    # ---------------- good (35) ----------------
    (
        "",
        "Thank you for taking the time to write this, and I'm really sorry your food arrived cold. That's not the standard we aim for. We've spoken to the kitchen about timings on busy nights.",
    ),
    (
        "",
        "Thanks so much for the lovely review! The team were thrilled to read it and we hope to see you again soon.",
    ),
    (
        "",
        "We're sorry the room wasn't ready at check-in. We had a very late checkout from the previous guests, but we should have told you sooner and offered somewhere to wait. Please get in touch at hello@larkspurhotel.co.uk so we can look into it properly.",
    ),
    (
        "",
        "I'm sorry to read about the wait for your refund. It should never take this long. If you email us at hello@larkspurhotel.co.uk with your details, our manager will chase it personally.",
    ),
    (
        "",
        "Thank you for your feedback. Our cancellation policy requires 24 hours' notice so we can offer the slot to other patients, but we understand it's frustrating when something unexpected comes up. Please call us on 0161 496 0732 and we'll talk it through.",
    ),
    (
        "",
        "Thanks for the five stars, Jo! So glad the new brakes are feeling good. See you at the next service.",
    ),
    (
        "",
        "We're genuinely sorry about the noise from the bar downstairs. We're fitting new double glazing in those rooms next month, and in the meantime we'll make sure guests are told about it when booking.",
    ),
    (
        "",
        "Really sorry your parcel arrived damaged. That's not what you should expect from us. Please contact our team on 0161 496 0732 and we'll send a replacement or refund, whichever you prefer.",
    ),
    (
        "",
        "Thank you for being honest with us. You're right that the changing rooms weren't up to scratch that day. We've since added an extra cleaning shift in the afternoons.",
    ),
    (
        "",
        "What a lovely message, thank you! We'll pass your kind words on to Dr Hughes and the nursing team. Give Biscuit a cuddle from all of us.",
    ),
    (
        "",
        "Sorry to hear the app logged you out repeatedly. This was a bug in version 4.2 and it's fixed in 4.2.1, which is rolling out now. Thanks for your patience.",
    ),
    (
        "",
        "We apologise for the mix-up with your order. You should have received the gluten-free option you asked for, and we understand how serious that is. We're reviewing how allergy notes are passed to the kitchen.",
    ),
    (
        "",
        "Thanks for the feedback about parking. We don't have our own car park, but there's a public one on Canal Street two minutes away. We'll make that clearer on our website.",
    ),
    (
        "",
        "Thanks for staying with us! We're so pleased you enjoyed the breakfast and the view. Hope to welcome you back soon.",
    ),
    (
        "",
        "We're sorry the plumber arrived later than the time slot we gave you. We should have called ahead to warn you. We've passed this on to our scheduling team.",
    ),
    (
        "",
        "Thank you for this review. We're sorry the price of your MOT repairs came as a surprise. We always aim to call before doing any extra work, and it sounds like that didn't happen this time. Please give us a ring on 0161 496 0732.",
    ),
    (
        "",
        "Hi, thanks for letting us know. Prices on the menu went up in January because of rising ingredient costs. We know that's not welcome news and we've tried to keep increases as small as possible.",
    ),
    (
        "",
        "Thank you so much! It was a pleasure helping you find your first home. Wishing you many happy years there.",
    ),
    (
        "",
        "I'm sorry your experience with our reception team fell short. Everyone should be greeted politely, and I'll be speaking to the team about it. If you'd like to talk further, you can reach me at hello@larkspurhotel.co.uk.",
    ),
    (
        "",
        "Thanks for the feedback. We're a small team and sometimes replies take longer than we'd like, especially on weekends. We've now added weekend cover for support tickets.",
    ),
    (
        "",
        "Sorry your class was cancelled at short notice. The instructor was unwell, and we know a text an hour before isn't good enough. We've credited a class back to every member who was booked.",
    ),
    (
        "",
        "Many thanks for the kind words about Sophie. She's been with us for ten years and our clients adore her!",
    ),
    (
        "",
        "We're sorry the delivery window was missed. Heavy snow closed the depot for two days, which affected all deliveries in the area. Your order is now on its way.",
    ),
    (
        "",
        "Thank you for your review. We can't discuss individual treatment here for privacy reasons, but we'd welcome the chance to talk. Please ask for the practice manager on 0161 496 0732.",
    ),
    (
        "",
        "Hi there, we're really sorry to hear about the stain on your jacket. Please bring it back in with your receipt and we'll clean it again at no charge, or discuss compensation if it can't be removed.",
    ),
    (
        "",
        "Thanks for trying us out! Glad the flat white hit the spot. The banana bread is baked fresh every morning, so do try it next time.",
    ),
    (
        "",
        "We hear you on the queues at the weekend. We've added a second till on Saturdays and Sundays from this month. Thanks for sticking with us.",
    ),
    (
        "",
        "We're so sorry for the loss of Max. He was a very special dog and it was a privilege to look after him for so many years. Our thoughts are with you.",
    ),
    (
        "",
        "Thank you for flagging the hidden fee. You're right that the booking fee should have been shown earlier, and we've changed the checkout page so it's displayed upfront.",
    ),
    (
        "",
        "Apologies for the wait on the phone line. We've had very high call volumes since the price change. You can also reach us by email at hello@larkspurhotel.co.uk, where we reply within one working day.",
    ),
    (
        "",
        "Thanks for your honest review. The pool was closed for repairs during your stay, and we should have told you before you arrived. We're sorry for the disappointment.",
    ),
    (
        "",
        "Delighted you enjoyed the wedding! It was a joy to host such a happy day. Congratulations again to you both.",
    ),
    (
        "",
        "Thank you for the feedback. Our returns policy is 30 days for unused items, which is why we couldn't accept the return after three months. We're sorry that was disappointing.",
    ),
    (
        "",
        "We're sorry the technician didn't explain what he'd done before he left. You should always leave knowing what was fixed and why. Please get in touch at 14 Canal Street or on 0161 496 0732 and we'll go through it with you.",
    ),
    (
        "",
        "Thanks for the four stars! We take the point about the Wi-Fi in the back rooms and we're installing extra boosters next week.",
    ),
]
