"""Blind evaluation set of English business replies to customer reviews (round 8).

Written blind and from scratch: no checker, test file or earlier evaluation set
was opened or run while writing it. The replies imitate what owners and managers
of restaurants, pubs, cafés, hotels, B&Bs, garages, dealers, salons, dentists,
vets, gyms, letting agents, couriers, online shops, insurers, broadband firms,
tradespeople and venues post under Google, Trustpilot, TripAdvisor and app-store
reviews, in UK, US, Irish and Australian voices. All names, emails, phone
numbers, addresses and references are invented.

Codes (exactly one per reply):
- "argumentative": the reply argues with, blames, lectures, mocks, doubts or is
  sarcastic or defensive toward the reviewer (implying they lied, "our records
  show", what they should have done, passive-aggressive thanks, calling them a
  competitor, moralising, legal threats, condescending corrections). Most avoid
  stock phrases.
- "incentive": offers something (discount, free item, refund, voucher, points,
  draw entry) in exchange for a review, a better rating, or editing/removing the
  review, sometimes indirectly.
- "private": publishes the customer's private details (personal email, personal
  phone, order/booking/policy reference, home or delivery address, card digits,
  or full name together with booking details). These are otherwise polite.
- "": a reply a manager could publish: apologies naming the problem, thanks,
  policy explanations, invitations to use the business's own public CONTACTS,
  amends not tied to the review, firm but polite disagreement, short or jokey
  replies.
"""

from __future__ import annotations

CONTACTS = ["customercare@harbourandfield.co.uk", "0800 046 2271", "22 Wharf Road, Bristol BS1 4RN"]

BLIND_REPLIES_EN: list[tuple[str, str]] = [
    (
        "argumentative",
        "Interesting that you didn't mention any of this on the night. Our team asked your table twice if everything was alright and you said it was lovely both times.",
    ),
    (
        "argumentative",
        "Our records show you arrived 40 minutes after your booking time. We held the table for 15 minutes, exactly as it says on the confirmation email you received.",
    ),
    (
        "argumentative",
        "With respect, if you'd read the listing properly you'd have seen the room is described as 'cosy'. We can't be held responsible for guests who don't read.",
    ),
    ("argumentative", "Thanks for the review. Shame it's about as accurate as your parking was."),
    (
        "argumentative",
        "We find it curious that this account was created the same week a new salon opened across the road. We'll leave readers to draw their own conclusions.",
    ),
    (
        "argumentative",
        "Nobody else has ever complained about the temperature of our food, so forgive us if we struggle to believe this.",
    ),
    (
        "argumentative",
        "This review is defamatory and has been forwarded to our solicitor. We'd suggest removing it before you hear from them.",
    ),
    (
        "argumentative",
        "It's a pub, love, not a Michelin-starred restaurant. If you wanted fine dining you should have gone elsewhere.",
    ),
    (
        "argumentative",
        "Perhaps if you'd booked the car in when the warning light first came on, as our technician advised, the repair wouldn't have cost so much.",
    ),
    (
        "argumentative",
        "We're sorry you feel that way, but honestly it's customers like you who make hospitality such a hard industry to work in.",
    ),
    ("argumentative", "Our CCTV tells a very different story to the one you've written here."),
    (
        "argumentative",
        "Thank you SO much for the one star. Really helps a small family business that's been open 30 years. Enjoy your evening.",
    ),
    (
        "argumentative",
        "Sir, a medium-rare steak is pink in the middle. That is what you ordered, and that is what you received.",
    ),
    (
        "argumentative",
        "You were offered a replacement on the spot and chose to shout at a 19-year-old member of staff instead. We stand by our team 100%.",
    ),
    (
        "argumentative",
        "If the noise bothered you that much, you could have asked to move to a room at the back, which we had available. You chose not to.",
    ),
    (
        "argumentative",
        "Funny how the 'cold' coffee got finished down to the last drop before you came back up to complain.",
    ),
    (
        "argumentative",
        "We don't usually reply to reviews like this, but for the record the so-called hidden fee is on the price list at the front desk and on our website. Maybe bring your glasses next time.",
    ),
    (
        "argumentative",
        "You signed the contract. The cancellation terms were explained to you twice. Not sure what else you expected.",
    ),
    (
        "argumentative",
        "We'd love to know which 'rude receptionist' you mean, given you came in on a Sunday when only the manager was working.",
    ),
    (
        "argumentative",
        "Clearly you've never owned a dog yourself, otherwise you'd understand why a groom sometimes takes longer than quoted.",
    ),
    (
        "argumentative",
        "A little kindness goes a long way. Perhaps have a think about how you spoke to our driver before posting about it publicly.",
    ),
    (
        "argumentative",
        "Every other guest that weekend left us five stars. Maybe the problem wasn't the hotel.",
    ),
    (
        "argumentative",
        "We've checked and there's no record of you ever staying with us. Fake reviews are against Google's guidelines and this one has been reported.",
    ),
    ("argumentative", "You're entitled to your opinion, however wrong it may be."),
    (
        "argumentative",
        "As we explained in person, the scratch was already on the bumper when you dropped the car off. We photograph every vehicle on arrival, so we'd appreciate you not spreading stories that aren't true.",
    ),
    (
        "incentive",
        "So sorry your delivery was late! If you'd be willing to update your review to reflect how we put it right, we'd love to send you a £20 voucher as a thank you.",
    ),
    (
        "incentive",
        "Thanks for the feedback. We'd like to offer you a free dessert on your next visit if you'd consider removing this review.",
    ),
    (
        "incentive",
        "We'd love the chance to change your mind! Pop back in, show us your new 5-star review at the till and your next coffee is on us ☕",
    ),
    (
        "incentive",
        "Hi there, we've refunded your order in full. Once you've had a chance to revise your rating, we'll also add 500 bonus points to your account.",
    ),
    (
        "incentive",
        "Everyone who leaves us a Google review this month goes into a draw to win a weekend for two, so feel free to update yours and we'll pop you in!",
    ),
    (
        "incentive",
        "We're really sorry about your stay. If you're happy to take the review down, we can offer you 50% off your next booking with us.",
    ),
    (
        "incentive",
        "Appreciate the honest words. Just so you know, anyone who edits their review once we've resolved their issue gets 15% off their next order 😊",
    ),
    (
        "incentive",
        "Sorry to hear this! Please get in touch, and if you'd kindly consider bumping us up to 4 or 5 stars once we've sorted it, there's a free valet in it for you.",
    ),
    (
        "incentive",
        "We hate seeing anything less than five stars! Message us and we'll send a little something special your way in return for a fresh review after your next visit.",
    ),
    (
        "incentive",
        "Our apologies for the mix-up. We'll happily refund the delivery charge; we just ask that you amend your review to reflect the outcome.",
    ),
    (
        "incentive",
        "Thank you for your feedback. As a gesture we'd like to offer you a complimentary facial, on the understanding that this review is updated to reflect our conversation.",
    ),
    (
        "incentive",
        "Sorry mate, bad night for the kitchen. Tell you what, delete this one, leave us a fresh review next time and your pints are on the house all night.",
    ),
    (
        "incentive",
        "We'd really appreciate it if you could reconsider your rating. Customers who do receive a $10 credit on their account as a thank-you for their time.",
    ),
    (
        "incentive",
        "Hi, we've sent you a code for a free month's membership. All we ask in return is that you let other members know we sorted it by updating your stars.",
    ),
    (
        "incentive",
        "Hey! Sorry about last time. Leave us a 5-star review mentioning our new menu and you'll get a free side with your next order.",
    ),
    (
        "private",
        "Hi Rebecca, sorry your parcel went missing. We've checked order #UK-558213 and the driver left it at 27 Hawthorn Avenue, Chesterfield S40 3LP at 2:14pm. We'll arrange a replacement today.",
    ),
    (
        "private",
        "Thank you for your review, Mr Daniel Okafor. We've looked into your stay from 12 to 14 March in room 208 and have refunded the parking charge.",
    ),
    (
        "private",
        "So sorry about this! We've tried calling you on 07700 900184 but couldn't get through, please give us a ring back when you can.",
    ),
    (
        "private",
        "Hi Jess, we've emailed you at jess.harlow92@gmail.com with the refund confirmation. Do let us know if it doesn't arrive.",
    ),
    (
        "private",
        "Apologies for the double charge. We can see both payments on your card ending 4417, and the second one has now been reversed.",
    ),
    (
        "private",
        "Dear Mrs Patricia Holloway, we're so sorry about the delay to the kitchen fitting at your home on Kingsley Road, Harrogate. Our fitter will be with you on Thursday at 8am.",
    ),
    (
        "private",
        "Hi Tom, thanks for staying with us. We've passed your comments about booking HX72-9981 to our housekeeping team and added a note to your profile for next time.",
    ),
    (
        "private",
        "Hi Aoife, I'm so sorry about the mix-up with your order. I've sent a replacement out to Apartment 4, 19 Grattan Street, Dublin 2, and it should be with you tomorrow.",
    ),
    (
        "private",
        "Thanks for the feedback, Sandeep. Our engineer will call you on 07700 900761 to rebook the broadband installation at a time that suits you.",
    ),
    (
        "private",
        "Sorry to hear this, Karen Whitfield. I've spoken to the team about Lily's filling appointment on Friday the 3rd at 4:30pm and we'll be waiving the fee.",
    ),
    (
        "private",
        "G'day Liam, really sorry about the late delivery. Your order 4471920 to 8 Banksia Crescent, Frankston has now been sent express post.",
    ),
    (
        "private",
        "Hi there, we've refunded the £64.99 to your PayPal account, michael.t.burrows@outlook.com, and it should show within 3 to 5 working days.",
    ),
    (
        "private",
        "Hi Chloe, really sorry the cake wasn't what you pictured. I've rung your mobile (07700 900355) and left a message, we'd love to make it right before Saturday.",
    ),
    (
        "private",
        "Dear Mr Gareth Pryce, thank you for your review. Your claim under policy number HPX-203-88417 has now been escalated to our senior claims handler.",
    ),
    (
        "private",
        "Hey Dana, so sorry the jeans didn't fit! The return label for order #31877-B has been sent to danaluvsdogs@yahoo.com, just print it off and drop it at the post office.",
    ),
    (
        "",
        "Thank you for taking the time to write this. You're right that the wait for mains was far too long on Saturday, and we're sorry. We were short-staffed in the kitchen, which isn't your problem, and we're recruiting so it doesn't happen again.",
    ),
    ("", "Cheers for the lovely words! The team were chuffed to read this. See you next time."),
    (
        "",
        "We're sorry your parcel arrived damaged. Please email us at customercare@harbourandfield.co.uk with a photo and we'll send a replacement straight out.",
    ),
    (
        "",
        "Thanks for the feedback. Our cancellation policy asks for 24 hours' notice because we hold each appointment for you and can't rebook it at short notice. We understand that's frustrating when plans change, and we've passed your comments to the owner.",
    ),
    (
        "",
        "Sorry to hear the room was cold. The heating in that wing failed overnight and has since been repaired. Please call us on 0800 046 2271 so we can talk about your stay.",
    ),
    (
        "",
        "Five stars and a compliment about the chips? Our chef is going to be unbearable now. Thanks a million!",
    ),
    (
        "",
        "We're sorry you were charged twice. It was caused by a fault with our card machine on the 14th, which has been fixed, and all duplicate payments have been refunded automatically.",
    ),
    (
        "",
        "We appreciate the review. We'd gently disagree that the price was hidden, as it's on our menu board and website, but we take the point that it could be clearer and we'll make it more prominent.",
    ),
    (
        "",
        "Really sorry your install was rescheduled twice. That's not good enough and we're looking at how it happened. If you'd like to speak to someone directly, our team is at customercare@harbourandfield.co.uk.",
    ),
    ("", "Thanks so much, Priya! So glad the puppy classes helped."),
    (
        "",
        "Sorry we missed the mark on this one. Our lunch menu changed last week and it sounds like the portion sizes need another look. We'll sort that.",
    ),
    (
        "",
        "Thanks for letting us know about the broken lock in the changing rooms. It was replaced this morning.",
    ),
    (
        "",
        "We're really sorry about your experience with our driver. That's not how we expect anyone to be spoken to, and it's being dealt with internally.",
    ),
    (
        "",
        "Thank you for the kind review. We're a small team and reading this genuinely made our week.",
    ),
    (
        "",
        "We're sorry the car wasn't ready when we promised. A part arrived late from the supplier and we should have rung you as soon as we knew. We've refunded the courtesy car charge either way.",
    ),
    (
        "",
        "Hi, sorry to hear this. You're welcome to drop in and see us at 22 Wharf Road, Bristol BS1 4RN any weekday and the manager will take a look at the boots for you.",
    ),
    (
        "",
        "Thanks for the four stars! We hear you on the parking, it's tricky round here. The council car park on Bridge Street is a two-minute walk and free after 6pm.",
    ),
    (
        "",
        "We understand your frustration. Sale items can be exchanged but not refunded, and this is shown at the tills and on the receipt. We're sorry if that wasn't made clear to you at the time.",
    ),
    (
        "",
        "Apologies for the delay to your order. Demand over Black Friday was far higher than we planned for and we got it wrong. Everything is now shipping within two days.",
    ),
    (
        "",
        "Ah, thanks a million! Delighted you enjoyed the seafood chowder, it's been on the menu since 1998 for a reason.",
    ),
    (
        "",
        "Thank you for the honest feedback about the noise from the bar. We've started closing the terrace at 10pm on weeknights so guests in the front rooms get a quieter night.",
    ),
    (
        "",
        "Sorry you had a rough time at check-in. We switched to a new booking system a fortnight ago and it's clearly caused some delays. We're working through the teething problems.",
    ),
    ("", "Cheers, mate! Glad the boys got the fence up before the storm hit."),
    (
        "",
        "We're sorry the tradesperson arrived late. Please give us a ring on 0800 046 2271 or email customercare@harbourandfield.co.uk and we'll look into it properly.",
    ),
    (
        "",
        "Thanks for the review. We don't agree that the repair was unnecessary, since the brake pads were below the legal limit, but we're sorry the explanation at the desk wasn't clearer and we'll work on that.",
    ),
    (
        "",
        "We hear you. Last week's app update introduced a bug that logs some users out, and a fix is rolling out today. Sorry for the hassle.",
    ),
    (
        "",
        "Awww this made us smile! Thank you for bringing the whole family, hope to see you all again in the summer.",
    ),
    (
        "",
        "So sorry your flowers arrived wilted. That shouldn't happen, and we've already sent a fresh bouquet out.",
    ),
    (
        "",
        "Thank you for your feedback. Late payment fees are set out in section 6 of the tenancy agreement, but we're happy to go through them with you. Our office is at 22 Wharf Road, Bristol BS1 4RN and open Monday to Saturday.",
    ),
    (
        "",
        "Thanks for the shout-out! Sorry about the wait for the lift, the engineer is booked for Monday.",
    ),
    (
        "",
        "We're sorry your appointment was cancelled at short notice. The clinician was unwell, and we know that doesn't make it any less inconvenient for you.",
    ),
    (
        "",
        "Not our finest hour, clearly. Sorry about the cold chips, we've had words with the fryer.",
    ),
    (
        "",
        "Thank you for taking the time to review us. We're pleased the claim was settled quickly and we'll pass your thanks on to Helen in the claims team.",
    ),
    (
        "",
        "Sorry you didn't get to enjoy the film night. The projector failed halfway through and we should have offered refunds on the spot. If you were there, contact us at customercare@harbourandfield.co.uk and we'll refund your ticket.",
    ),
    (
        "",
        "Thanks for staying with us, and for the tip about the shower pressure. Maintenance have had a look and it's sorted.",
    ),
]
