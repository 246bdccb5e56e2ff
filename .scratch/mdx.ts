import { mdxToMdast, markdownToHtml } from 'satteri';
const src = 'Some *text* with \\{brace\\}.\n\n<SurveyChart id="tools" />\n\n## After\n\nMore.\n';
const tree: any = mdxToMdast(src);
console.log(JSON.stringify(tree.children.map((c: any) => ({ type: c.type, name: c.name, pos: c.position, attrs: c.attributes })), null, 0));
