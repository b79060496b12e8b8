// Reads one iCalendar text on standard input and prints, as JSON, each event's UID and the UTC
// instants of its start and end as Mozilla's ical.js (the parser of Thunderbird) reads them,
// resolving TZIDs through the file's own VTIMEZONE blocks. Recurring events list their first
// occurrences.
import ICAL from "ical.js";

const OCCURRENCES = 30;

function utc(time) {
  return time.toJSDate().toISOString().replace(".000Z", "Z");
}

let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  text += chunk;
}
const calendar = new ICAL.Component(ICAL.parse(text));
const events = [];
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  if (!event.isRecurring()) {
    events.push({ uid: event.uid, start: utc(event.startDate), end: utc(event.endDate) });
    continue;
  }
  const iterator = event.iterator();
  for (let count = 0, next = iterator.next(); next && count < OCCURRENCES; count++, next = iterator.next()) {
    const occurrence = event.getOccurrenceDetails(next);
    events.push({ uid: event.uid, start: utc(occurrence.startDate), end: utc(occurrence.endDate) });
  }
}
const timezones = calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"));
process.stdout.write(JSON.stringify({ events, timezones }) + "\n");
