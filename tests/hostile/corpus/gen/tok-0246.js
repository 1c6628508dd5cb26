// A small Node-style program over several files: CommonJS modules, a JSON
// config, fs.promises, process.argv / process.stdout.write / exitCode,
// console.log and console.table, an 'exit' listener.  It prints what node
// prints (the test runner checks this file under node too).
const fs = require('fs');
const path = require('path');
const Counter = require('./fixtures/program/lib/counter');
const format = require('./fixtures/program/lib/format');
const config = require('./fixtures/program/config.json');

const files = process.argv.slice(2);
if (files.length === 0) files.push(path.join(__dirname, 'fixtures', 'program', 'input.txt'));
process.stdout.write('counting ' + files.map((f) => path.basename(f)).join(', ') + '\n');
// expect: counting input.txt

process.on('exit', (code) => console.log('exit with', code));

Promise.all(files.map((f) => fs.promises.readFile(f, 'utf8')))
  .then((texts) => {
    const counter = new Counter(config.ignore);
    texts.forEach((t) => counter.add(t));
    console.log(format.isCounter(counter), counter.counts.size, 'distinct words');
    // expect: true 12 distinct words
    const top = counter.top(config.top);
    for (const [w, n] of top) console.log(format.line(w, n));
    // expect: dog      #### 4
    // expect: fox      ### 3
    // expect: brown    ## 2
    console.table(top.map(([word, count]) => ({ word, count })));
    // expect: ┌─────────┬─────────┬───────┐
    // expect: │ (index) │ word    │ count │
    // expect: ├─────────┼─────────┼───────┤
    //toString expect: │ 0       │ 'dog'   │ 4     │
    // expect: │ 1       │ 'fox'   │ 3     │
    // expect: │ 2       │ 'brown' │ 2     │
    // expect: └─────────┴─────────┴───────┘
    const out = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'tierlab-wc-')), 'report.json');
    return fs.promises.writeFile(out, JSON.stringify(top)).then(() => out);
  })
  .then((out) => {
    console.log('report', fs.readFileSync(out, 'utf8'));   // expect: report [["dog",4],["fox",3],["brown",2]]
    fs.rmSync(path.dirname(out), { recursive: true });
    process.exitCode = 0;
  })
  .catch((e) => {
    console.error(e.message);
    process.exitCode = 1;
  });
// expect: exit with 0
