package org.corkboard.demo;

import static org.corkboard.listing.entity.ListingType.FOR_SALE;
import static org.corkboard.listing.entity.ListingType.FREE;
import static org.corkboard.listing.entity.ListingType.WANTED;

import java.util.List;
import java.util.stream.Stream;
import org.corkboard.demo.DemoCatalogue.Section;
import org.corkboard.demo.DemoCatalogue.Template;

/** Demo templates of things: for sale, given away and wanted. */
final class DemoThings {

  private DemoThings() {}

  static List<Template> templates() {
    return Stream.of(forSale(), moreForSale(), free(), wanted()).flatMap(List::stream).toList();
  }

  private static List<Template> forSale() {
    return new Section("for-sale")
        .in("electronics", FOR_SALE, Motif.SCREEN)
        .add(
            "Television",
            "{Samsung|LG|Philips} {43|50|55} inch 4K TV",
            140,
            420,
            "Smart TV with Netflix and YouTube apps, picture is sharp and bright.\n"
                + "Remote, stand and original box included. We are moving to a smaller flat, so"
                + " it has to go.")
        .add(
            "Monitor",
            "{Dell|LG|BenQ} {24|27} inch monitor, {Full HD|QHD}",
            60,
            190,
            "Used as a second screen in my home office. No dead pixels, height-adjustable stand.\n"
                + "HDMI and DisplayPort cable included.")
        .add(
            "Speaker",
            "{Sonos One|JBL Charge 5|Bose SoundLink} speaker",
            45,
            160,
            "Great sound for its size and works perfectly. Selling because I got a soundbar.\n"
                + "Manual: https://example.com/manual")
        .add(
            "Headphones",
            "{Sony WH-1000XM4|Bose QC45|Sennheiser Momentum} noise-cancelling headphones",
            90,
            190,
            "Perfect for the open-plan office and the train. Battery still lasts a full day.\n"
                + "Comes with case and cable; ear pads replaced last month.")
        .drawn(Motif.CAMERA)
        .add(
            "Camera",
            "{Canon EOS 250D|Nikon D5600|Sony a6000} with kit lens",
            220,
            420,
            "About {4000|9000|12000} shutter clicks, always kept in a bag. Two batteries, charger,"
                + " strap and a 64 GB card included.\n"
                + "Happy to show it at {site}.")
        .add(
            "Game console",
            "{Nintendo Switch OLED|PlayStation 4 Pro|Xbox Series S} with {two|three} games",
            150,
            280,
            "Hardly played since the kids moved on to football. Two controllers, all cables.\n"
                + "Games are listed in the photos.")
        .add(
            "Coffee machine",
            "{De'Longhi|Siemens EQ.6|Philips} bean-to-cup coffee machine",
            120,
            350,
            "Descaled and cleaned, makes excellent espresso and cappuccino.\n"
                + "Only selling because we got one with two milk containers.\n"
                + "Manual: https://example.com/manual")
        .add(
            "E-reader",
            "Kindle {Paperwhite|Oasis|Basic}, {8|16} GB, with cover",
            45,
            85,
            "Backlit, light, and the battery lasts weeks. A few scratches on the cover, the"
                + " screen is spotless.")
        .in("phones", FOR_SALE, Motif.PHONE)
        .add(
            "Smartphone",
            "iPhone {12|13|14} {128|256} GB, {black|blue|white}",
            240,
            520,
            "Battery health {86|89|92} %. Always in a case with a screen protector, no scratches.\n"
                + "Unlocked, works with every network. Charging cable included.")
        .add(
            "Smartphone",
            "Samsung Galaxy {S21|S22|A54} {128|256} GB",
            150,
            380,
            "Works perfectly, reset to factory settings. Small mark on the back, see photo.\n"
                + "Box and charger included.")
        .add(
            "Smartphone",
            "Google Pixel {6a|7|7a}, like new",
            170,
            290,
            "Bought it as a spare and barely used it. Great camera, clean Android.\n"
                + "Comes with the original box and a case.")
        .add(
            "Phone case",
            "{Leather|Silicone|Clear} case for iPhone {13|14|15}",
            5,
            25,
            "Wrong model ordered, still in the packaging. I can leave it at reception.")
        .add(
            "Smartwatch",
            "{Apple Watch SE|Garmin Forerunner 255|Fitbit Versa 4}",
            80,
            220,
            "Tracks runs, sleep and heart rate. Extra strap included.\n"
                + "Switched to a different brand, so this one goes to a good home.")
        .add(
            "Tablet",
            "iPad {9th gen|Air 4|mini 6} {64|256} GB with {pencil|keyboard}",
            180,
            450,
            "Used for reading and drawing, always with a screen protector.\n"
                + "Very good condition, charger included.")
        .in("computers", FOR_SALE, Motif.LAPTOP)
        .add(
            "Laptop",
            "MacBook Air {M1|M2}, {8|16} GB, {256|512} GB",
            520,
            980,
            "Battery cycle count about {120|240|310}. Fresh macOS install, ready for a new owner.\n"
                + "Original charger and a sleeve included.")
        .add(
            "Laptop",
            "Lenovo ThinkPad {T14|X1 Carbon|E15}, 16 GB RAM",
            280,
            690,
            "Solid business laptop with a great keyboard. Windows 11 Pro, clean install.\n"
                + "Specs: https://example.com/specs")
        .add(
            "Keyboard",
            "Mechanical keyboard, {brown|red|blue} switches",
            35,
            110,
            "Hot-swappable switches, PBT keycaps, USB-C. Sounds lovely but too loud for my"
                + " shared office.")
        .add(
            "Gaming PC",
            "Gaming PC with {RTX 3060|RTX 3070|RX 6700 XT}",
            550,
            1100,
            "Ryzen 5, 32 GB RAM, 1 TB NVMe. Runs everything at 1440p without trouble.\n"
                + "Pick-up only, it is heavy.")
        .add(
            "Printer",
            "{Brother|HP|Canon} {laser|colour inkjet} printer",
            30,
            120,
            "Prints, scans and copies; Wi-Fi works with phones too. Spare toner included.")
        .add(
            "Docking station",
            "{Dell|Lenovo|CalDigit} USB-C dock, {two|three} screen outputs",
            40,
            120,
            "Works with the company laptops too: one cable for power, network and screens.\n"
                + "Manual: https://example.com/manual")
        .add(
            "Mouse",
            "Logitech {MX Master 3|MX Anywhere 3|G502} mouse",
            20,
            65,
            "Hardly used, battery lasts ages. Receiver and cable included.")
        .in("furniture", FOR_SALE, Motif.SOFA)
        .add(
            "Sofa",
            "{Grey|Blue|Green} three-seater sofa",
            90,
            450,
            "Comfortable sofa from a smoke-free and pet-free home. Covers can be washed.\n"
                + "W 210 × D 90 cm. You need a van and a second person to carry it.")
        .add(
            "Desk",
            "Electric standing desk, {120|140|160} × {70|80} cm",
            180,
            390,
            "Height from 65 to 128 cm with memory buttons. Oak-look top, black frame.\n"
                + "I can help take it apart.")
        .drawn(Motif.CHAIR)
        .add(
            "Office chair",
            "Ergonomic office chair {Steelcase|Herman Miller|IKEA Markus}",
            60,
            420,
            "Adjustable armrests and lumbar support; my back thanks it every day.\n"
                + "Selling because we got the same chair from the company for home office.")
        .add(
            "Bookcase",
            "IKEA Billy bookcase, {white|oak|black-brown}",
            15,
            45,
            "80 × 202 cm, already taken apart and ready to go. Shelves and pins complete.\n"
                + "Assembly: https://example.com/manual")
        .add(
            "Dining table",
            "Solid {oak|walnut|pine} dining table with {four|six} chairs",
            150,
            650,
            "Extendable from 160 to 220 cm. A few marks from family dinners, nothing dramatic.\n"
                + "Pick-up in {town}.")
        .add(
            "Wardrobe",
            "PAX wardrobe with {sliding|mirror|hinged} doors, {150|200} cm",
            120,
            260,
            "Lots of inside fittings: drawers, shoe shelves, rails.\n"
                + "Has to be taken apart; I can help on a Saturday morning.")
        .add(
            "Bed",
            "{Oak|White|Pine} double bed {140|160} × 200 cm",
            80,
            240,
            "Sturdy wooden bed, mattress not included. Taken apart and ready for transport.")
        .add(
            "Armchair",
            "Vintage {velvet|leather|rattan} armchair, {green|brown|mustard}",
            70,
            280,
            "A real eye-catcher from the seventies, recently reupholstered.\n"
                + "Does not fit in our new living room, sadly.")
        .in("home-garden", FOR_SALE, Motif.PLANT)
        .add(
            "Monstera",
            "Large Monstera plant, about {90|120|150} cm",
            20,
            60,
            "Healthy and growing fast, comes with its pot. Needs a bright spot without direct sun.")
        .add(
            "Lawn mower",
            "{Bosch|Gardena|Makita} cordless lawn mower",
            70,
            220,
            "Two batteries and charger. Perfect for small gardens up to 300 m².\n"
                + "Manual: https://example.com/manual")
        .add(
            "Garden set",
            "{Teak|Acacia|Metal} garden table with {four|six} chairs",
            60,
            220,
            "Weatherproof and sturdy; ideal for a balcony or terrace.")
        .add(
            "Vacuum",
            "{Dyson V11|Roborock S7|Miele} vacuum cleaner",
            90,
            320,
            "Strong suction, all attachments included. New filter installed last month.")
        .add(
            "Barbecue",
            "Weber {kettle|gas|electric} barbecue, {47|57} cm",
            60,
            280,
            "Used two summers, cleaned and covered over the winter. Cover included.\n"
                + "Pick-up in {town}.")
        .add(
            "Raised bed",
            "Wooden raised bed kit, {100|120|150} × 80 cm",
            40,
            90,
            "Larch wood, never assembled. We decided on a different garden plan after all.")
        .add(
            "Kitchen mixer",
            "KitchenAid stand mixer, {red|cream|silver}",
            180,
            320,
            "With whisk, dough hook and flat beater. Bakes bread like a dream.")
        .in("clothing", FOR_SALE, Motif.SHIRT)
        .add(
            "Winter jacket",
            "{Patagonia|The North Face|Jack Wolfskin} winter jacket, size {S|M|L}",
            50,
            160,
            "Warm and waterproof, worn one winter. Hood can be removed.")
        .add(
            "Suit",
            "Dark {navy|grey} suit, size {48|50|52}",
            60,
            180,
            "Worn twice, to a wedding and a job interview (it worked). Dry-cleaned.")
        .add(
            "Sneakers",
            "{Nike Air Max|Adidas Samba|New Balance 574}, EU {39|42|44}",
            30,
            90,
            "Wrong size and I missed the return window. Worn once indoors.")
        .add(
            "Rain jacket",
            "Rain jacket for cycling, size {M|L|XL}",
            25,
            70,
            "Reflective details and pit zips. Packs into its own pocket.")
        .add(
            "Dress",
            "{Summer|Evening} dress, size {36|38|40}",
            20,
            80,
            "Worn once; the colour is lovely in daylight. Smoke-free home.")
        .add(
            "Kids' jacket",
            "Kids' snowsuit, size {98|104|110}",
            15,
            40,
            "Kept our little one warm and dry all winter. Very good condition.")
        .templates();
  }

  private static List<Template> moreForSale() {
    return new Section("for-sale")
        .in("sports-outdoors", FOR_SALE, Motif.BALL)
        .add(
            "Tent",
            "{Two|Three|Four}-person tent, {Vaude|MSR|Decathlon}",
            40,
            240,
            "Used on three trips, always packed away dry. All poles and pegs complete.")
        .add(
            "Skis",
            "{Atomic|Salomon|Völkl} skis {160|170|177} cm with bindings",
            90,
            260,
            "Serviced and waxed in December. Suitable for piste and some light off-piste.")
        .add(
            "Dumbbells",
            "Adjustable dumbbells, {2 × 20|2 × 24|2 × 32} kg",
            80,
            220,
            "Space-saving home gym. I have gone back to the company gym, so these can go.")
        .add(
            "Running shoes",
            "Running shoes {Asics|Brooks|Hoka}, EU {41|43|45}",
            30,
            90,
            "Ran about {50|120} km in them; too narrow for me.")
        .add(
            "Yoga mat",
            "{Purple|Blue|Grey} yoga mat with block and strap",
            15,
            40,
            "Non-slip, 6 mm thick. Cleaned and rolled.")
        .add(
            "Paddle board",
            "Inflatable stand-up paddle board, {10'6|11'|11'6}",
            150,
            320,
            "Complete set: pump, paddle, leash and backpack. Great fun on the lakes around"
                + " {city}.")
        .add(
            "Tennis racket",
            "{Wilson|Babolat|Head} tennis racket",
            30,
            110,
            "Freshly strung, with a cover. Grip size 3.")
        .in("bikes", FOR_SALE, Motif.BIKE)
        .add(
            "City bike",
            "{Red|Black|Green} city bike, 28 inch, {3|7} gears",
            90,
            320,
            "Hub gears, dynamo lights, rack and a basket. Serviced in spring.\n"
                + "Test rides at {site} during lunch.")
        .add(
            "Road bike",
            "Road bike {Canyon|Cube|Specialized}, frame {54|56|58} cm",
            400,
            1200,
            "Shimano 105, carbon fork, about {2000|5000} km. Pedals not included.")
        .add(
            "E-bike",
            "{Trekking|City|Mountain} e-bike with {400|500|625} Wh battery",
            900,
            2200,
            "Bosch motor, range 60–90 km. Comes with two keys and the charger.\n"
                + "Invoice available. Details: https://example.com/specs")
        .add(
            "Kids' bike",
            "Kids' bike {16|20|24} inch, {red|blue|purple}",
            40,
            120,
            "Our son outgrew it this summer. Brakes and chain checked.")
        .add(
            "Bike trailer",
            "{Thule|Croozer|Qeridoo} bike trailer for two children",
            90,
            280,
            "Folds flat, with rain cover and a jogger wheel.")
        .add(
            "Bike lock",
            "{Abus|Kryptonite} {folding lock|U-lock|chain lock} with {two|three} keys",
            25,
            60,
            "Security level 10, with a frame mount. I got a second one as a present.")
        .in("books-media", FOR_SALE, Motif.BOOKS)
        .add(
            "Book box",
            "Box of {crime novels|science fiction|cookbooks}, {12|20} books",
            10,
            35,
            "Cleared the shelves after the move. Happy to send a list of titles.")
        .add(
            "Textbook",
            "{Clean Code|Designing Data-Intensive Applications|The Pragmatic Programmer}",
            15,
            35,
            "Read once, a few pencil notes. Good for the next person who wants to level up.")
        .add(
            "Vinyl",
            "Vinyl records, {jazz|soul|indie} collection",
            30,
            150,
            "About {25|40} records, all in sleeves and played on a good turntable.")
        .add(
            "Board games",
            "Board games: {Catan|Ticket to Ride|Carcassonne} and more",
            10,
            45,
            "Complete, all pieces counted. Great for game nights.")
        .add(
            "Blu-ray",
            "Blu-ray collection, {30|45|60} films",
            20,
            60,
            "Mostly classics and a few box sets. Only as a whole.")
        .add(
            "Guitar",
            "Acoustic guitar {Yamaha F310|Cort AD810|Fender CD-60} with bag",
            60,
            140,
            "Nice warm sound, new strings. Tuner and capo included.")
        .in("toys-kids", FOR_SALE, Motif.BLOCKS)
        .add(
            "LEGO",
            "LEGO {City|Friends|Technic} sets, about {3|5} kg",
            30,
            120,
            "Sorted by set with most instructions. Washed and complete as far as I know.")
        .add(
            "Stroller",
            "{Bugaboo|Joolz|Cybex} stroller with carrycot",
            120,
            420,
            "Smooth on cobbles and folds small. Rain cover and footmuff included.")
        .add(
            "Car seat",
            "{Cybex|Maxi-Cosi|Britax} child car seat, group {1|2/3}",
            40,
            140,
            "Accident-free, with all covers washed.")
        .add(
            "Wooden toys",
            "Wooden play kitchen {with pots|with a fridge|and a shop}",
            35,
            90,
            "Hours of play guaranteed. A few stickers added by the previous chef.")
        .add(
            "High chair",
            "Stokke Tripp Trapp high chair, {natural|white|grey}",
            90,
            180,
            "Grows with the child; with baby set and cushion.")
        .add(
            "Kids' books",
            "{Kids' puzzles|Picture books|Kids' DVDs}, a bag full",
            10,
            25,
            "For ages 2 to 5, all complete as far as we know.")
        .in("vehicles", FOR_SALE, Motif.CAR)
        .add(
            "Car",
            "VW {Golf|Polo} {2015|2017|2018}, {62,000|88,000|110,000} km",
            6500,
            14500,
            "Full service history, inspection valid for another {10|18} months.\n"
                + "Two sets of tyres. Test drives from {site} after work.")
        .add(
            "Car",
            "Toyota {Yaris|Corolla} Hybrid {2019|2020|2021}",
            11000,
            16500,
            "Economical and reliable, 4.0 l per 100 km in town. Non-smoker car.")
        .add(
            "Scooter",
            "Electric scooter {Xiaomi|Segway|Niu}, {25|40} km range",
            120,
            320,
            "Street legal with insurance plate holder. Folds for the train.")
        .add(
            "Roof box",
            "Thule roof box, {320|420|460} litres",
            160,
            320,
            "With keys and mounting kit. Fits most roof bars.")
        .in("for-sale", FOR_SALE, Motif.GIFT)
        .add(
            "Moving sale",
            "Moving sale: {lamps, rugs and kitchen things|plants and garden tools|a whole living room}",
            5,
            150,
            "We are moving abroad and selling a lot of things. Prices from 5 euros.\n"
                + "List with photos: https://example.com/moving-sale")
        .add(
            "Suitcase",
            "{Samsonite|Rimowa|Travelite} hard-shell suitcase, {medium|large}",
            30,
            90,
            "Four wheels, TSA lock. Has seen a few airports but works perfectly.")
        .templates();
  }

  private static List<Template> free() {
    return new Section("free-stuff")
        .in("free-furniture", FREE, Motif.SOFA)
        .add(
            "Shelf",
            "{Small|Tall} {white|pine|grey} shelf",
            "Still sturdy and perfectly usable; just needs a new home.\n"
                + "First come, first served, pick-up in {town}.")
        .drawn(Motif.CHAIR)
        .add(
            "Chairs",
            "{Two|Four} {wooden|white|folding} kitchen chairs",
            "A bit worn but solid. They would be perfect for a student flat.")
        .add(
            "Desk",
            "Simple desk {100|120|140} × 60 cm",
            "No longer needed since we got standing desks. You need to collect it yourself.")
        .add(
            "Sofa bed",
            "{Grey|Blue|Beige} sofa bed for guests",
            "Folds out to 140 cm. Some wear on the armrests, otherwise fine.")
        .in("free-household", FREE, Motif.MUG)
        .add(
            "Moving boxes",
            "{15|20|30} moving boxes",
            "Used once and still in good shape. Some packing paper too.\n"
                + "Can bring them to {site}.")
        .add(
            "Glasses",
            "Set of {six|twelve} {wine|water|champagne} glasses",
            "Left over from a party; one box, nothing broken.")
        .add(
            "Kitchen gadget",
            "{Electric kettle|Toaster|Hand blender}, works fine",
            "We got a new one for Christmas. Clean and working.")
        .add(
            "Plant cuttings",
            "{Pothos|Spider plant|Pilea} cuttings",
            "Rooted in water and ready to pot. Take as many as you like.")
        .add(
            "Kitchenware",
            "{Cooking pots and pans|Baking tins|Plates and bowls}, a box",
            "Mixed set from my student days. Not fancy, but it does the job.")
        .in("free-books-toys", FREE, Motif.BOOKS)
        .add(
            "Books",
            "Bag of {English|German|French} {novels|thrillers}",
            "About fifteen paperbacks, read once. I leave them at {site} reception for you.")
        .add(
            "Baby toys",
            "Box of {baby toys|soft toys|bath toys}",
            "Washed and ready for the next little one.")
        .add(
            "Magazines",
            "Back issues of {c't|National Geographic|The Economist}",
            "Two years' worth. Before they go to recycling: anybody?")
        .add(
            "Toys",
            "{Duplo bricks|Wooden railway|Playmobil}, a full box",
            "Our kids moved on to LEGO. Everything washed.")
        .in("free-stuff", FREE, Motif.GIFT)
        .add(
            "Office supplies",
            "Leftover office supplies: {folders|notebooks|ring binders} and pens",
            "Cleared my desk after the move to the new floor. Take what you need.")
        .templates();
  }

  private static List<Template> wanted() {
    return new Section("wanted")
        .in("wanted", WANTED, Motif.SEARCH)
        .add(
            "Bike",
            "Looking for a used {city|road|kids'} bike",
            "Budget around {100|200|300} euros. Should be roadworthy; small repairs are fine.")
        .add(
            "Furniture",
            "Wanted: small {sofa|dining table|wardrobe} for our first flat",
            "Simple and sturdy is enough, any colour but orange. We can pick it up in {city}.")
        .add(
            "Home office",
            "Wanted: {second monitor|monitor arm|webcam} for the home office",
            "My home office needs an upgrade. Happy to pay a fair price and pick it up at {site}.")
        .add(
            "Baby gear",
            "Looking for a {baby cot|changing table|baby carrier}",
            "Our first child arrives in {spring|summer|autumn}. Used is perfect.")
        .add(
            "Tickets",
            "Wanted: {two|four} tickets for the {Ed Sheeran|Coldplay|Adele} concert",
            "Happy to pay face value. Please send me a message.")
        .add(
            "Tools",
            "Borrow or buy a {hammer drill|ladder|tile cutter}",
            "Just for one weekend of DIY; I can return it on Monday with a cake.")
        .add(
            "Camping gear",
            "Looking for {camping gear|a roof box|sleeping bags} for a family of four",
            "Our first camping holiday is in {June|July|August}. Borrowing is fine too.")
        .add(
            "Instrument",
            "Wanted: {digital piano|violin|keyboard} for a beginner",
            "Our daughter wants to start lessons after the summer. Used and a bit scratched is fine.")
        .add(
            "Winter tyres",
            "Looking for winter tyres {205/55 R16|195/65 R15|225/45 R17}",
            "At least 5 mm tread, ideally on steel rims.")
        .templates();
  }
}
