// Parses a GIFT file with gift-pegjs and prints a summary the Java tests check:
// {"questions": n, "types": {...}, "items": [{title, type, choices, correct, weights}]}
const fs = require('fs');
const { parse } = require('gift-pegjs');

const items = parse(fs.readFileSync(process.argv[2], 'utf8'));
const types = {};
const questions = items.filter((q) => q.type !== 'Category');
for (const q of items) {
  types[q.type] = (types[q.type] || 0) + 1;
}
const summary = questions.map((q) => ({
  title: q.title,
  type: q.type,
  stem: q.stem && q.stem.text,
  choices: (q.choices || []).map((c) => c.text.text),
  correct: (q.choices || []).filter((c) => c.isCorrect).map((c) => c.text.text),
  weights: (q.choices || []).map((c) => c.weight),
  feedback: q.globalFeedback && q.globalFeedback.text,
}));
console.log(JSON.stringify({ questions: questions.length, types, items: summary }));
