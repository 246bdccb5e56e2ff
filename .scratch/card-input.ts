import { loadContent } from '/work/main/src/lib/content/load.ts';
import { ogCards } from '/work/main/src/lib/og/pages.ts';
const { set } = loadContent('/work/main/content', '/work/main');
console.log(JSON.stringify(ogCards(set).get('survey/how-learned'), null, 1));
