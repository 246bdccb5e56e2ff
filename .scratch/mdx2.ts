import { mdxToMdast } from 'satteri';
const src = 'Ünïcödé — “quotes”.\n\n<SurveyChart id="tools" />\n';
const tree: any = mdxToMdast(src);
const c = tree.children[1];
console.log(c.position.start.offset, src.indexOf('<Survey'), Buffer.byteLength(src.slice(0, src.indexOf('<Survey'))));
