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
    // expect: ┌─────────�