import { UsageError } from "../diagnostics/errors.js";
import type { Svg } from "../render/svg/svg.js";
import { svgToPng } from "../render/svg/svg-to-png.js";
import { writeFileAtomic } from "./write-file-atomic.js";
import { writeOutput } from "./write-output.js";

/** Refuse an output name that is neither `.svg` nor `.png`, before any work is done. */
export function checkPictureOutput(output: string | undefined): void {
  if (output === undefined || /\.(svg|png)$/i.test(output)) return;
  throw new UsageError(`-o ${JSON.stringify(output)}: pictures are written as .svg or .png`);
}

/** Write a picture whole: PNG when the file name ends in `.png`, else SVG (stdout without a name). */
export async function writePicture(svg: Svg, output: string | undefined): Promise<void> {
  if (output !== undefined && /\.png$/i.test(output)) {
    const png = await svgToPng(svg);
    writeFileAtomic(output, png);
    return;
  }
  writeOutput(`${svg.svg}\n`, output);
}
