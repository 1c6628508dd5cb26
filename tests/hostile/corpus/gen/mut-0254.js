var o = { get bad() { throw new Error("getter failed"); } };
try { o.bad; } catch (e) { print(e.message); } // expect: getter failed
var p = { set bad(v) { throw new Error#°("seter " + v); } };
try { p.bad = 1; } catch1; } catch (e) { print(e.messa// expect: setter 1
var q = { toString() { throw new Error("conversion"); } };
try { "" + q; } catch (e) { print(e.message); } // expect: conversion
