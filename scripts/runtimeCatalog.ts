/**
 * The runtime-only view of the KPI catalog that dist/Code.js carries (issue 11 §3). Every custom-function
 * call loads the whole script, so the sheet functions' bundle leaves out what only the wizard, the
 * sheets and the docs read: the Danish and Dutch texts, the goals a KPI serves, native formulas,
 * input labels and notes, example data. (The plain metrics are not in it at all: the bundle's entry
 * imports src/catalog/sheetFunctions.ts, not kpis.ts.) The catalog's files are read as they are and
 * these properties removed from their object literals before esbuild sees them.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** Properties no sheet function reads at run time, in any catalog file. */
const BUILD_TIME_ONLY = new Set([
  'da',
  'nl',
  'goals',
  'nativeFormula',
  'nativeCheck',
  'labels',
  'whereToFind',
  'example',
  'aggregation',
  'canExceed100Percent',
]);
/** In the inputs' dictionary also their autocomplete line (the JSDoc is written at build time). */
const BUILD_TIME_ONLY_INPUTS = new Set([...BUILD_TIME_ONLY, 'description']);

function propertyName(node: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(node) && !ts.isShorthandPropertyAssignment(node)) return undefined;
  const name = node.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** A catalog file's source without the build-time-only properties of its object literals. */
export function runtimeSource(source: string, fileName: string): string {
  const strip = /[/\\]inputs\.ts$/.test(fileName) ? BUILD_TIME_ONLY_INPUTS : BUILD_TIME_ONLY;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((property) => !strip.has(propertyName(property) ?? ''));
        return ts.factory.updateObjectLiteralExpression(
          node,
          kept.map((property) => ts.visitNode(property, visit) as ts.ObjectLiteralElementLike),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const [result] = ts.transform(file, [transformer]).transformed;
  return ts.createPrinter().printFile(result);
}

/** The esbuild plugin that gives the sheet functions' bundle the runtime-only view of src/catalog/. */
export function runtimeCatalogPlugin(): Plugin {
  return {
    name: 'runtime-catalog',
    setup(build) {
      build.onLoad({ filter: /[/\\]src[/\\]catalog[/\\].*\.ts$/ }, async (args) => ({
        contents: runtimeSource(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
