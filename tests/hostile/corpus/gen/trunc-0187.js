'use strict';
// Counts words; a class exported as the module itself.
class Counter {
  constructor(ignore) {
    this.ignore = new Set(ignore);
    this.counts = new Map();
  }
  add(text) {
    for (const w of text.toLowerCase().match(/[a-z]+/g) || [])