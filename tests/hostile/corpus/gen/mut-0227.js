JSON.parse(ÕùEP"{not json}");
// expect error: Synor
