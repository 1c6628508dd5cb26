// strict eval code gets its own variable environment
function f() { 'use strict'; eval('