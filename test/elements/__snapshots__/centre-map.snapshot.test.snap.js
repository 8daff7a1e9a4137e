/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["centre-map-bih-640"] = 
`<svg aria-hidden="true" height="640" viewBox="0 0 640 640" width="640">
  <defs>
    <pattern height="4" id="mig-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="4">
      <line class="hatch-lines" x1="0" x2="0" y1="0" y2="4"/>
    </pattern>
  </defs>
  <g class="land">
    <path class="focus" d="M644,472.8L627.8,476.3L611.5,471.1L606.8,481.1L621.9,510.5L621.3,524.1L613.4,525.9L606.4,514.6L593.7,513.3L566.9,538.6L559.8,554.8L559.8,581.8L538.6,585.6L532.2,595L536.1,635.5L540.9,644L469,644L469,644L438.2,622.2L432.1,610.2L411.1,611.6L398.4,602.7L409.5,593.6L404.4,580.4L369.5,547.4L352.6,525.2L349.9,495.1L320.6,480L263.4,424.2L244.9,395.6L200.6,350.3L187.7,331L175.6,276.1L138.8,231.3L117.3,213L117.6,193.5L126.1,125.5L141.6,117.4L162.3,123.9L181.7,148.6L201.5,162.4L212.4,152L226,129.8L237.5,118.4L276.7,123L295.6,106L326.8,128.3L356.4,129.8L389.5,138.6L411.1,131.1L429.5,147.9L439.2,147.9L457,134L478.7,138.4L500.6,134.7L531,144.8L557.6,146.1L570.3,156.4L576.8,180.4L584.4,186.8L609.9,189.3L644,178.9L644,242.5L644,242.5L633.5,261.5L629.5,296.9L634.7,309.2L644,314.2L644,472.8Z"/>
    <path class="" d="M-4,57.6L3.5,54.5L26.2,65.6L45.4,67.9L60.2,63L53.5,47.1L53.8,31.9L63.6,25L52.1,6.5L72.4,-4L427.2,-4L427.2,-4L427.6,-3.8L450.7,0.3L521.2,0.3L528.7,-4L585.8,-4L585.8,-4L597.5,22.3L593,34.2L598.6,43.1L614.3,49.2L606.9,62.4L607.3,76.6L620.6,89.6L644,98.5L644,124.7L644,124.7L638,125.1L627.6,119.5L617.4,132.1L623.4,166.7L609.9,189.3L584.4,186.8L576.8,180.4L570.3,156.4L557.6,146.1L531,144.8L500.6,134.7L478.7,138.4L457,134L439.2,147.9L429.5,147.9L411.1,131.1L389.5,138.6L356.4,129.8L326.8,128.3L295.6,106L276.7,123L237.5,118.4L226,129.8L212.4,152L201.5,162.4L181.7,148.6L162.3,123.9L141.6,117.4L126.1,125.5L117.6,193.5L117.3,213L138.8,231.3L175.6,276.1L187.7,331L200.6,350.3L244.9,395.6L263.4,424.2L320.6,480L349.9,495.1L352.6,525.2L369.5,547.4L404.4,580.4L409.5,593.6L398.4,602.7L358.3,565.7L327.7,545L292.7,506.6L246.1,491.3L214,474L173.2,481.3L151.3,478.3L144.7,467.7L145,449.4L126.5,432.1L101.2,415.6L77.9,394.4L31.2,337.7L21.8,319.2L46.6,312.9L75.1,317.2L45,292.8L2.3,245L-4,233.7L-4,57.6ZM253.2,590.7L281.9,596.7L303.2,593.6L322.1,597.4L336.6,607.6L303.7,605.1L283.9,612.2L266.7,608.4ZM337.7,563L326.5,565.2L257.8,563.8L237.8,559L210.5,544.3L233.5,541L254.1,544.6L260.8,552.6ZM274.1,532.3L249.7,532.8L228.6,528.9L218,522L222.6,507.5L246,508.6L282.1,515.6L290.3,523.3ZM37.4,361L39.8,368.5L21,353.8L12.6,340ZM-4,250.4L21.6,281.4L40.2,299.8L32,302.7L32,302.7L28.2,308.5L-4,274.7L-4,250.4ZM-4,349.1L30.6,390.6L30.6,390.6L22.4,393.5L-4,359.1L-4,349.1ZM58.5,380.4L68.6,396.4L58.8,392.8L43.2,372.3ZM393,644L360.9,634.5L374.8,632.2L402.4,638.9L402.4,638.9L410,644L393,644ZM453.5,644L436.2,632.8L398.5,624.4L347.2,596.7L314.4,586.8L341.6,584.3L420.4,621.4L411.1,611.6L432.1,610.2L438.2,622.2L469,644L453.5,644Z"/>
    <path class="" d="M528.7,-4L521.2,0.3L450.7,0.3L427.6,-3.8L427.2,-4L528.7,-4Z"/>
    <path class="" d="M540.9,644L536.1,635.5L532.2,595L538.6,585.6L559.8,581.8L559.8,554.8L566.9,538.6L593.7,513.3L606.4,514.6L613.4,525.9L621.3,524.1L621.9,510.5L606.8,481.1L611.5,471.1L627.8,476.3L644,472.8L644,644Z"/>
    <path class="" d="M644,314.2L634.7,309.2L629.5,296.9L633.5,261.5L644,242.5L644,314.2ZM644,178.9L609.9,189.3L623.4,166.7L617.4,132.1L627.6,119.5L638,125.1L644,124.7L644,178.9ZM644,98.5L620.6,89.6L607.3,76.6L606.9,62.4L614.3,49.2L598.6,43.1L593,34.2L597.5,22.3L585.8,-4L644,-4Z"/>
    <path class="" d="M72.4,-4L52.1,6.5L63.6,25L53.8,31.9L53.5,47.1L60.2,63L45.4,67.9L26.2,65.6L3.5,54.5L-4,57.6L-4,-4Z"/>
  </g>
  <g class="country-labels">
    <text text-anchor="middle" x="425.5" y="344.2">Bosnia and Herzegovina</text>
    <text text-anchor="middle" x="599.3" y="581.3">Montenegro</text>
    <text text-anchor="middle" x="27.9" y="32.6">Slovenia</text>
  </g>
  <g class="markers">
    <path class="marker r3 reception" d="M-18.2,-18.2h36.3v36.3h-36.3Z" data-id="usivak" transform="translate(492.6 414)"/>
    <g data-id="miral" transform="translate(129 124.1)">
      <path class="marker over reception" d="M-16.6,-16.6h33.2v33.2h-33.2Z"/>
      <path class="hatch" d="M-16.6,-16.6h33.2v33.2h-33.2Z" fill="url(#mig-hatch)"/>
    </g>
    <path class="marker r1 reception" d="M-11.6,-11.6h23.3v23.3h-23.3Z" data-id="sedra" transform="translate(148.9 170.7)"/>
    <path class="marker r1 reception" d="M-11.3,-11.3h22.5v22.5h-22.5Z" data-id="borici" transform="translate(137.5 202.4)"/>
    <path class="marker r1 other" d="M0,-9.1L5.2,0L0,9.1L-5.2,0Z" data-id="lukavica" transform="translate(515.5 408.1)"/>
    <path class="marker unknown reception" d="M-2.2,-2.2h4.4v4.4h-4.4Z" data-id="bira" transform="translate(137.5 202.4)"/>
    <path class="marker unknown reception closed" d="M-2.2,-2.2h4.4v4.4h-4.4Z" data-id="blazuj" transform="translate(507.9 411.8)"/>
    <path class="marker unknown asylum" d="M2.5,0A2.5,2.5,0,1,1,-2.5,0A2.5,2.5,0,1,1,2.5,0" data-id="delijas" transform="translate(515.5 408.1)"/>
    <path class="marker unknown reception closed" d="M-2.2,-2.2h4.4v4.4h-4.4Z" data-id="lipa" transform="translate(137.5 202.4)"/>
    <path class="marker unknown asylum" d="M2.5,0A2.5,2.5,0,1,1,-2.5,0A2.5,2.5,0,1,1,2.5,0" data-id="salakovac" transform="translate(432.4 516.5)"/>
  </g>
  <g class="labels">
    <text text-anchor="end" x="469.1" y="417.9">Ušivak Temporary Reception Centre</text>
    <text text-anchor="start" x="150.7" y="127.9">Miral Temporary Reception Centre</text>
    <text text-anchor="start" x="165" y="174.6">Sedra Temporary Reception Centre</text>
    <text text-anchor="start" x="153.2" y="206.3">Borići Temporary Reception Centre</text>
  </g>
</svg>
`;
/* end snapshot centre-map-bih-640 */

snapshots["centre-map-cases-320"] = 
`<svg aria-hidden="true" height="320" viewBox="0 0 320 320" width="320">
  <defs>
    <pattern height="4" id="mig-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="4">
      <line class="hatch-lines" x1="0" x2="0" y1="0" y2="4"/>
    </pattern>
  </defs>
  <g class="land"/>
  <path class="graticule" d="M18.9,324L26.9,44.1L28.3,-4M78.3,324L82.9,45.4L83.7,-4M137.7,324L139,46L139.2,-4M197.1,324L195,45.9L194.6,-4M256.5,324L251,45.2L250.1,-4M315.9,324L307.1,43.7L305.6,-4M-4,281L5.4,281.3L20.1,281.8L34.8,282.2L49.5,282.5L64.3,282.9L79,283.1L93.7,283.3L108.4,283.5L123.2,283.6L137.9,283.7L152.6,283.8L167.3,283.8L182.1,283.7L196.8,283.6L211.5,283.5L226.2,283.3L241,283.1L255.7,282.9L270.4,282.5L285.1,282.2L299.9,281.8L314.6,281.3L324,281M-4,201.7L7.9,202.1L22.3,202.6L36.8,203L51.3,203.3L65.8,203.6L80.3,203.9L94.8,204.1L109.3,204.3L123.7,204.4L138.2,204.5L152.7,204.5L167.2,204.5L181.7,204.5L196.2,204.4L210.7,204.3L225.2,204.1L239.7,203.9L254.1,203.6L268.6,203.3L283.1,203L297.6,202.6L312.1,202.1L324,201.7M-4,122.5L-3.9,122.5L10.4,122.9L24.6,123.4L38.9,123.7L53.1,124.1L67.3,124.4L81.6,124.6L95.8,124.9L110.1,125L124.3,125.2L138.6,125.2L152.8,125.3L167.1,125.3L181.3,125.2L195.6,125.2L209.8,125L224.1,124.9L238.3,124.6L252.6,124.4L266.8,124.1L281.1,123.7L295.3,123.4L309.6,122.9L323.8,122.5L324,122.5M-4,43.2L-1.1,43.3L12.9,43.7L26.9,44.1L40.9,44.5L54.9,44.9L68.9,45.2L82.9,45.4L96.9,45.6L110.9,45.8L124.9,45.9L139,46L153,46L167,46L181,46L195,45.9L209,45.8L223,45.6L237,45.4L251,45.2L265.1,44.9L279.1,44.5L293.1,44.1L307.1,43.7L321.1,43.3L324,43.2"/>
  <g class="country-labels"/>
  <g class="markers">
    <path class="marker r3 asylum" d="M22.9,0A22.9,22.9,0,1,1,-22.8,0A22.9,22.9,0,1,1,22.9,0" data-id="krnjaca" transform="translate(108.8 61.3)"/>
    <g data-id="obrenovac" transform="translate(93.7 72.9)">
      <path class="marker over transit" d="M0,-34.1L29.5,17L-29.5,17Z"/>
      <path class="hatch" d="M0,-34.1L29.5,17L-29.5,17Z" fill="url(#mig-hatch)"/>
    </g>
    <path class="marker unknown reception" d="M-12.9,-12.9h25.9v25.9h-25.9Z" data-id="presevo" transform="translate(176 259.3)"/>
    <path class="marker r0 asylum standby" d="M5.7,0A5.7,5.7,0,1,1,-5.6,0A5.7,5.7,0,1,1,5.7,0" data-id="bogovadja" transform="translate(91.4 95.6)"/>
    <g data-id="tent" transform="translate(230 192.1)">
      <path class="marker over other" d="M0,-5.4L3.1,0L0,5.4L-3.1,0Z"/>
      <path class="hatch" d="M0,-5.4L3.1,0L0,5.4L-3.1,0Z" fill="url(#mig-hatch)"/>
    </g>
    <path class="marker r0 reception closed" d="M-2.2,-2.2h4.4v4.4h-4.4Z" data-id="vranje" transform="translate(190.6 240)"/>
  </g>
  <g class="labels">
    <text text-anchor="start" x="134.7" y="65.1">Крњача</text>
    <text text-anchor="end" x="68.8" y="76.8">Обреновац</text>
    <text text-anchor="start" x="193.6" y="263.1">Прешево</text>
    <text text-anchor="middle" x="91.4" y="113.6">Боговађа</text>
  </g>
</svg>
`;
/* end snapshot centre-map-cases-320 */

