package org.corkboard.demo;

import static org.corkboard.listing.entity.ListingType.FOR_RENT;
import static org.corkboard.listing.entity.ListingType.FOR_SALE;
import static org.corkboard.listing.entity.ListingType.FREE;
import static org.corkboard.listing.entity.ListingType.JOB;
import static org.corkboard.listing.entity.ListingType.RIDE_SHARE;
import static org.corkboard.listing.entity.ListingType.SERVICE;
import static org.corkboard.listing.entity.ListingType.WANTED;

import java.util.List;
import java.util.stream.Stream;
import org.corkboard.demo.DemoCatalogue.Section;
import org.corkboard.demo.DemoCatalogue.Template;

/** Demo templates of what colleagues offer each other: homes, work, help, rides and events. */
final class DemoOffers {

  private static final String DEPARTMENTS =
      "department={Research|IT|Finance|Logistics|Marketing|Production|Human Resources}";

  private DemoOffers() {}

  static List<Template> templates() {
    return Stream.of(housing(), jobs(), services(), rides(), events(), lostAndFound())
        .flatMap(List::stream)
        .toList();
  }

  private static List<Template> housing() {
    return new Section("housing")
        .in("rooms", FOR_RENT, Motif.HOUSE)
        .details("rooms=1;size=12-22;available=+5..45")
        .add(
            "Room",
            "Furnished room in a shared flat in {town}, {bright|quiet|with balcony}",
            380,
            690,
            "Bright room in a flat with two colleagues, shared kitchen and bathroom.\n"
                + "20 minutes to {site} by bike. Rent includes heating and internet.")
        .add(
            "Room",
            "Room for interns, {3|4|6} months",
            350,
            550,
            "Ideal for interns and trainees: furnished, with a desk and a fast connection.\n"
                + "Short stays welcome.")
        .add(
            "Guest room",
            "Weekday room for commuters in {town}, {Mon–Thu|Tue–Fri}",
            250,
            420,
            "For colleagues who commute from far away and want to stay during the week.\n"
                + "Quiet house, own bathroom.")
        .in("apartments", FOR_RENT, Motif.HOUSE)
        .details("rooms=2;size=45-65;available=+10..60")
        .add(
            "Apartment",
            "2-room apartment with {balcony|terrace|garden view} in {town}",
            720,
            1150,
            "Renovated old building flat, fitted kitchen, balcony facing the courtyard.\n"
                + "We are moving for a new job; the landlord accepts a new tenant.\n"
                + "Floor plan: https://example.com/floor-plan")
        .details("rooms=3;size=65-95;available=+10..60")
        .add(
            "Apartment",
            "3-room apartment {near the park|with lift|in a new building} in {town}",
            950,
            1650,
            "Bright rooms, a fitted kitchen and a cellar compartment.\n"
                + "Public transport at the door, {20|25|30} minutes to {site}.")
        .details("rooms=1-3;size=35-80;available=+5..40")
        .add(
            "Apartment",
            "Sublet: furnished apartment for {3|6|12} months",
            900,
            1500,
            "I am on a sabbatical and sublet my flat fully furnished, including bikes.\n"
                + "Close to public transport, 25 minutes to {site}.")
        .details("rooms=4-5;size=95-140;available=+20..90")
        .add(
            "Apartment",
            "Family flat with garden in {town}, {ground floor|two floors|near the park}",
            1300,
            2200,
            "Lots of space for a family, a small garden and two bathrooms.\n"
                + "Kindergarten and school around the corner.")
        .in("apartments", WANTED, Motif.SEARCH)
        .details("rooms=2-3;available=+20..90")
        .add(
            "Apartment",
            "Looking for a flat near {site}, {from next month|for a family|for two}",
            "New colleague starting soon, looking for a flat within 30 minutes of {site}.\n"
                + "Non-smoker, no pets, stable income.")
        .in("parking", FOR_RENT, Motif.PARKING)
        .details("rooms=1;size=12-18;available=+1..30")
        .add(
            "Parking space",
            "{Underground|Outdoor|Covered} parking space in {town}",
            60,
            140,
            "Easy to reach, with room for a mid-size car.")
        .add(
            "Garage",
            "Garage in {town} for a car or storage",
            80,
            160,
            "Dry, with power socket. Good for a car or as a workshop for bike repairs.")
        .add(
            "Parking space",
            "Parking space near {site}, {weekdays|all week|evenings}",
            45,
            95,
            "Three minutes' walk from the entrance. Perfect if you commute by car.")
        .in("housing", FOR_RENT, Motif.HOUSE)
        .details("rooms=1-2;size=25-45;available=+7..40")
        .add(
            "Holiday flat",
            "Holiday flat at the {Baltic Sea|lake|mountains}, for colleagues",
            60,
            120,
            "Our family holiday flat, rented per night to colleagues at a friendly price.\n"
                + "Photos and calendar: https://example.com/holiday-flat")
        .templates();
  }

  private static List<Template> jobs() {
    return new Section("jobs")
        .in("internal-openings", JOB, Motif.BRIEFCASE)
        .details(DEPARTMENTS + ";contract={Permanent|Fixed term}")
        .add(
            "Developer",
            "Java developer for our {booking|logistics|HR} platform",
            "We build and run internal web applications with Jakarta EE and PostgreSQL.\n"
                + "You like clean code, tests and talking to users.\n"
                + "Full description: https://example.com/jobs/java-developer")
        .add(
            "Team lead",
            "Team lead {customer service|purchasing|quality}, {site}",
            "Lead a team of twelve friendly people and improve how we work.\n"
                + "Ask me anything over coffee.")
        .add(
            "Analyst",
            "Data analyst (f/m/d) for {Finance|Marketing|Sales}",
            "SQL, dashboards and curious questions. Our team moves from spreadsheets to a"
                + " proper data platform this year.")
        .add(
            "Engineer",
            "Process engineer for the {packaging|assembly|paint} line",
            "Help us make the line faster and safer. Experience with lean methods is a plus.")
        .in("internal-openings", JOB, Motif.CAP)
        .details(DEPARTMENTS + ";contract={Internship|Part time}")
        .add(
            "Internship",
            "Internship in {UX research|marketing|controlling}, 6 months",
            "Students welcome: real projects, a mentor and a team that enjoys lunch together.\n"
                + "Please apply through the careers page: https://example.com/jobs")
        .add(
            "Working student",
            "Working student for {IT support|controlling|events}, 20 hours",
            "Flexible hours around lectures, a desk at {site} and real responsibility.")
        .in("side-projects", JOB, Motif.BULB)
        .details("contract={Part time|Fixed term}")
        .add(
            "Website",
            "Website for our {football|choir|rowing} club",
            250,
            600,
            "We need a simple website with a calendar and a contact form. Budget is fixed;"
                + " it is a volunteer club.")
        .add(
            "Photographer",
            "Photographer for a {wedding|summer party}, {June|August}",
            300,
            800,
            "About four hours, relaxed style, no studio shots. Portfolio link appreciated.")
        .add(
            "Translation",
            "Translate a short brochure from German to {English|French|Spanish}",
            80,
            250,
            "About 8 pages, due in three weeks. Native speakers preferred.")
        .add(
            "Paperwork help",
            "Help with {tax return software|my first payslip|a pension form}, one evening",
            40,
            90,
            "I am new to Germany and need someone to walk me through the paperwork once.")
        .templates();
  }

  private static List<Template> services() {
    return new Section("services")
        .in("lessons", SERVICE, Motif.CAP)
        .add(
            "Music lessons",
            "{Guitar|Ukulele|Piano} lessons for beginners",
            20,
            35,
            "Price per 45-minute lesson, at {site} after work or online.\n"
                + "Songs you love from day one, no boring theory first.")
        .add(
            "Language lessons",
            "{German|English|Spanish} conversation practice, A2–B2",
            15,
            25,
            "Relaxed conversation at lunch, price per hour. Great for new colleagues who want"
                + " to speak more confidently.")
        .add(
            "Tutoring",
            "{Maths|Physics|English} tutoring, grades {5–10|7–13}",
            18,
            30,
            "Price per hour. Patient explanations and homework help, at your home in {city}.")
        .add(
            "Excel course",
            "Excel tips: {pivot tables|charts|formulas} in one evening",
            "Free mini-course in a meeting room at {site}. Bring your laptop and your worst"
                + " spreadsheet.")
        .add(
            "Swimming lessons",
            "Swimming lessons for kids, {beginners|Seepferdchen|bronze badge}",
            25,
            40,
            "Certified instructor, small groups at the public pool. Price per lesson.")
        .in("repairs", SERVICE, Motif.HAMMER)
        .add(
            "Bike repair",
            "Bike repair: {brakes and gears|punctures|full service}",
            15,
            60,
            "Gears, brakes, punctures: I fix bikes in the basement of {site} on Wednesdays.\n"
                + "Parts at cost.")
        .add(
            "Computer help",
            "Computer help: {setup|backups|Wi-Fi and printers}",
            20,
            40,
            "Price per hour. I set up new laptops, printers and Wi-Fi at home.")
        .add(
            "Sewing",
            "Sewing repairs: {hems|zips|patches} and alterations",
            8,
            30,
            "Hems, zips, patches. Drop-off and pick-up at {site}.")
        .add(
            "Handyman",
            "Handyman for {shelves and lamps|furniture assembly|small jobs} at home",
            25,
            45,
            "Shelves, lamps, furniture assembly. Price per hour, own tools.")
        .in("childcare", SERVICE, Motif.HEART)
        .add(
            "Babysitting",
            "Babysitting {evenings|weekends|evenings and weekends}",
            12,
            18,
            "Experienced with children from one year up, first-aid course done.\n"
                + "Price per hour; references from colleagues available.")
        .add(
            "Holiday care",
            "Holiday care swap among parents, {Easter|summer|autumn} holidays",
            "Parents from {site}: let's take turns looking after the kids during school"
                + " holidays. No money involved.")
        .add(
            "Homework help",
            "Homework club after school, {Mondays|Wednesdays|Thursdays}",
            10,
            15,
            "Small group, quiet room, snacks included. Price per afternoon.")
        .in("childcare", WANTED, Motif.HEART)
        .add(
            "Babysitter",
            "Babysitter wanted for {Tuesday|Thursday|Friday} evenings",
            "Two lovely kids, 4 and 7, in {town}. About 4 hours a week.")
        .in("services", SERVICE, Motif.STAR)
        .add(
            "Proofreading",
            "Proofreading of {English|German|French} texts",
            "Native speaker, happy to read your slides or thesis for a coffee.")
        .templates();
  }

  private static List<Template> rides() {
    return new Section("rides")
        .in("commute", RIDE_SHARE, Motif.CAR)
        .details("from={town};to={site};date=+1..10;seats=1-3")
        .add(
            "Commute",
            "Daily ride {town} → {site}, leaving {7:15|7:30|8:00}",
            2,
            5,
            "I drive every weekday and have free seats. Price per trip, back around"
                + " {17:00|17:30|18:00}.\n"
                + "Non-smoking car, music negotiable.")
        .add(
            "Commute",
            "Car pool {town} – {site}, {Mondays and Fridays|Tuesdays and Thursdays|every day}",
            "Free for colleagues: I'm driving anyway. Let's share the road and the coffee.")
        .add(
            "Commute",
            "Evening ride {site} → {town}, {17:00|17:30|18:15}",
            2,
            4,
            "Leaving the car park on time; small detours possible.")
        .in("commute", WANTED, Motif.SEARCH)
        .details("from={town};to={site};date=+1..14;seats=1")
        .add(
            "Ride wanted",
            "Looking for a ride from {town} to {site}, {mornings|this week|on Mondays}",
            "My train connection was cancelled. I'll share fuel costs, of course.")
        .in("trips", RIDE_SHARE, Motif.CAR)
        .details("from={city};to=Dresden;date=+2..30;seats=1-4")
        .add(
            "Weekend trip",
            "Weekend trip {city} → Dresden{, seats free|, with luggage space| and back}",
            15,
            35,
            "Leaving Friday after work, back Sunday evening. Price per seat and way.\n"
                + "Room for a small suitcase each.")
        .details("from={city};to=Garmisch-Partenkirchen;date=+5..30;seats=1-3")
        .add(
            "Ski trip",
            "Ride to the Alps for the {ski|hiking|climbing} weekend",
            25,
            45,
            "Roof box for skis, boards or backpacks. Leaving Friday at 16:00 from {site}.")
        .details("from={town};to=Airport;date=+2..20;seats=1-3")
        .add(
            "Airport",
            "Drive to the airport, {early|morning|evening} flight",
            "I drive to the airport that day anyway; free seats for colleagues.")
        .details("from={city};to={Rostock|Kiel|Sylt};date=+3..30;seats=1-3")
        .add(
            "Seaside",
            "Long weekend at the sea, {Friday to Monday|Thursday to Sunday}",
            20,
            40,
            "Share fuel, music and snacks. Exact destination in the details.")
        .templates();
  }

  private static List<Template> events() {
    return new Section("events")
        .in("sports-events", SERVICE, Motif.BALL)
        .add(
            "Football",
            "Football after work, {Tuesdays|Thursdays} {17:30|18:00}",
            "Mixed team, all levels welcome. We play on the field behind {site}.\n"
                + "Just show up with trainers.")
        .add(
            "Company run",
            "Company run: join the {site} team, {5|10} km",
            "Through the city centre, shirts sponsored by the works council.\n"
                + "Sign up: https://example.com/company-run")
        .add(
            "Yoga",
            "Lunchtime {yoga|pilates|stretching} in the {park|meeting room 2}",
            5,
            8,
            "Thirty minutes of stretching to survive the afternoon. Price per session.")
        .in("sports-events", FOR_SALE, Motif.TICKET)
        .withoutCondition()
        .add(
            "Tickets",
            "{Two|Three} tickets for the {football|handball|basketball} match on Saturday",
            30,
            120,
            "Seats next to each other, main stand. I can't go after all; price for all tickets.")
        .in("sports-events", WANTED, Motif.TICKET)
        .add(
            "Players wanted",
            "{Volleyball|Basketball|Badminton} team needs {two|three} more players",
            "We play in the company league on Wednesdays. Beginners welcome.")
        .in("social", SERVICE, Motif.STAR)
        .add(
            "Game night",
            "Board game night on {Friday|Wednesday|Thursday}",
            "Bring a game or just yourself. Snacks provided, in the canteen at {site}.")
        .add(
            "Cooking club",
            "Cooking club: {Indian|Italian|Korean} evening",
            8,
            12,
            "We cook together and eat together. Price covers ingredients.\n"
                + "Recipe: https://example.com/recipe")
        .add(
            "Language café",
            "Language café: swap languages over {coffee|lunch|tea}",
            "Every second {Monday|Thursday} at lunch. English, German, Spanish, Turkish and more.")
        .in("social", FREE, Motif.TICKET)
        .withoutCondition()
        .add(
            "Theatre tickets",
            "{Two|Four} free theatre tickets for {tonight|Saturday}",
            "We can't make it. Free to a colleague who will really go.")
        .in("social", WANTED, Motif.STAR)
        .add(
            "Band members",
            "Band for the summer party needs a {drummer|bassist|singer}",
            "We rehearse once a week after work. Mostly rock and pop covers.")
        .in("events", SERVICE, Motif.CALENDAR)
        .add(
            "Flea market",
            "Flea market at {site} on {Saturday|Sunday}",
            "Bring what you don't need, take what you like. Tables are free; register by"
                + " replying here.")
        .templates();
  }

  private static List<Template> lostAndFound() {
    return new Section("lost-found")
        .in("lost", WANTED, Motif.KEY)
        .add(
            "Keys",
            "Lost: bunch of keys with a {red|blue|yellow} tag",
            "Probably in the canteen or the car park at {site}. Reward: a box of chocolates.")
        .add(
            "Umbrella",
            "Lost: {black|red|striped} umbrella",
            "Left it in a meeting room on the third floor, I think.")
        .in("lost", WANTED, Motif.SEARCH)
        .add(
            "Lost item",
            "Lost: {wireless earbuds|a USB stick|a wedding ring} near the entrance",
            "Somewhere between the entrance and the bike shed at {site}. Please message me if"
                + " you find it.")
        .add(
            "Knitwear",
            "Lost: {grey|green|red} wool {scarf|hat}",
            "Sentimental value, knitted by my grandmother.")
        .in("found", FREE, Motif.KEY)
        .withoutCondition()
        .add(
            "Keys",
            "Found: car key ({VW|Ford|Toyota})",
            "Found in the car park at {site}. Now at reception; describe it to collect it.")
        .add(
            "Badge",
            "Found: employee badge near the {canteen|lifts|bike shed}",
            "Name starts with {M|S|K}. Handed in at the security desk.")
        .in("found", FREE, Motif.GIFT)
        .withoutCondition()
        .add(
            "Water bottle",
            "Found: {blue|steel|green} water bottle",
            "Left in meeting room {1.04|2.11|3.07}. I put it at reception.")
        .add(
            "Found item",
            "Found: {reading glasses|sunglasses|a bracelet} in the {lobby|car park}",
            "Handed in at reception; describe it to collect it.")
        .templates();
  }
}
