// dates — Date: calendar arithmetic and formatting. Written for tierlab.
//
// run() walks DAYS consecutive days from 1890-03-01 (UTC methods only, so
// the result does not depend on the time zone) and checks, for each day:
//   * the weekday from getUTCDay against Zeller's congruence;
//   * toISOString / toUTCString / toJSON parse back to the same time value;
//   * the date built by Date.UTC from the fields equals the day;
//   * the day of the year from the time value against a month table.
// It also adds months with setUTCMonth (end-of-month overflow: Jan 31 plus
// one month is Mar 2 or 3) and counts Friday-the-13ths, against values
// computed arithmetically, and formats a calendar month per iteration.

var DAYS = 5000;
var START = Date.UTC(1890, 2, 1);
var MS_PER_DAY = 86400000;
var NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function monthLength(y, m) { return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]; }

// Zeller's congruence (Gregorian): 0 = Saturday
function zeller(y, m, d) {
  var mm = m + 1, yy = y;
  if (mm < 3) { mm += 12; yy -= 1; }
  var k = yy % 100, j = Math.floor(yy / 100);
  var h = (d + Math.floor(13 * (mm + 1) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7;   // 0 = Sunday, as getUTCDay
}

function pad(n, w) { var s = String(n); while (s.length < w) s = "0" + s; return s; }

function checkDay(t, state) {
  var d = new Date(t);
  var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  if (d.getUTCDay() !== zeller(y, m, day)) throw new Error("dates: weekday of " + d.toISOString());
  var iso = d.toISOString();
  if (iso !== pad(y, 4) + "-" + pad(m + 1, 2) + "-" + pad(day, 2) + "T00:00:00.000Z")
    throw new Error("dates: toISOString " + iso);
  if (Date.parse(iso) !== t || Date.parse(d.toUTCString()) !== t || new Date(d.toJSON()).getTime() !== t)
    throw new Error("dates: round trip of " + iso);
  if (Date.UTC(y, m, day) !== t) throw new Error("dates: Date.UTC of " + iso);
  var doy = day;
  for (var i = 0; i < m; i++) doy += monthLength(y, i);
  if (Math.floor((t - Date.UTC(y, 0, 1)) / MS_PER_DAY) + 1 !== doy) throw new Error("dates: day of year " + iso);
  if (day === 13 && d.getUTCDay() === 5) state.fri13++;
  if (d.toUTCString().slice(0, 3) !== NAMES[d.getUTCDay()]) throw new Error("dates: toUTCString " + d.toUTCString());
}

function addMonths(t, n) {
  var d = new Date(t);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d;
}

function calendar(y, m) {
  var first = new Date(Date.UTC(y, m, 1));
  var lines = [first.toUTCString().slice(8, 16)];
  var row = [];
  for (var i = 0; i < first.getUTCDay(); i++) row.push("  ");
  for (var day = 1; day <= monthLength(y, m); day++) {
    row.push(day < 10 ? " " + day : String(day));
    if (row.length === 7) { lines.push(row.join(" ")); row = []; }
  }
  if (row.length) lines.push(row.join(" "));
  return lines.join("\n");
}

function run() {
  var state = { fri13: 0 };
  var expectFri13 = 0;
  for (var i = 0; i < DAYS; i++) {
    var t = START + i * MS_PER_DAY;
    checkDay(t, state);
  }
  // arithmetic count of Friday-the-13ths in the same range
  var end = START + (DAYS - 1) * MS_PER_DAY;
  for (var y = 1890; y <= 1900 + Math.ceil(DAYS / 365); y++)
    for (var m = 0; m < 12; m++) {
      var t13 = Date.UTC(y, m, 13);
      if (t13 >= START && t13 <= end && zeller(y, m, 13) === 5) expectFri13++;
    }
  if (state.fri13 !== expectFri13) throw new Error("dates: Friday 13ths " + state.fri13 + ", expected " + expectFri13);
  // month addition with overflow, checked against the month table
  var overflow = 0;
  for (var k = 0; k < 240; k++) {
    var yy = 1890 + (k >> 2), mm = k % 12;
    var t0 = Date.UTC(yy, mm, 31);
    var d2 = addMonths(t0, 1);
    var base = new Date(t0);
    var ny = base.getUTCFullYear(), nm = base.getUTCMonth() + 1;
    if (nm === 12) { nm = 0; ny++; }
    var want = monthLength(ny, nm) >= base.getUTCDate() ? base.getUTCDate() : base.getUTCDate() - monthLength(ny, nm);
    if (d2.getUTCDate() !== want) throw new Error("dates: month addition from " + base.toISOString());
    if (d2.getUTCMonth() !== nm) overflow++;
  }
  var cal = calendar(1900, 1);
  if (cal.split("\n").length !== 6 || cal.indexOf("Feb 1900") !== 0 || cal.slice(-2) !== "28")
    throw new Error("dates: calendar\n" + cal);
  return state.fri13 * 1000 + overflow;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("dates: " + result);
})();
