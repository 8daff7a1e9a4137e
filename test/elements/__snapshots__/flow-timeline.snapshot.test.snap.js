/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["flow-timeline-serbia-640"] = 
`<svg height="358" viewBox="0 0 640 358" width="640">
  <g aria-hidden="true" class="grid">
    <line class="zero" x1="61" x2="628" y1="334" y2="334"/>
    <line x1="61" x2="628" y1="264.5" y2="264.5"/>
    <line x1="61" x2="628" y1="195" y2="195"/>
    <line x1="61" x2="628" y1="125.5" y2="125.5"/>
    <line x1="61" x2="628" y1="56" y2="56"/>
  </g>
  <g aria-hidden="true" class="layer animate">
    <g class="series" data-series="intentions" style="--c: var(--_series-1);">
      <path class="line" d="M132.8,293.6L145.1,282.3L157.4,263L169.2,83.3M193.4,205L205.7,333.3M290.2,331.3L302.5,332.7M338.6,332.4L350.8,333.2L363.1,333.3L374.2,333M398.4,333.2L410.7,333.5L422.6,333.6L434.9,333.6M459.1,333L471.4,333.2L483.3,333.3L495.6,333.4L507.9,333.2L519,333L531.3,333.1L543.1,333.2L555.4,333L567.3,332.6L579.6,332.8L591.9,333.1L603.8,333L616.1,333L628,332.9"/>
      <path class="line estimate" d="M169.2,83.3L181.5,125.3L193.4,205M266,332.4L277.9,331.8L290.2,331.3"/>
    </g>
    <g class="series" data-series="arrivals-encountered" style="--c: var(--_series-2);">
      <path class="line" d="M459.1,332.6L471.4,333.1L483.3,333.5"/>
    </g>
  </g>
  <g aria-hidden="true" class="axis x">
    <line x1="61" x2="628" y1="334" y2="334"/>
    <line x1="61" x2="61" y1="334" y2="338"/>
    <text x="31.2" y="352">Jan 2015</text>
    <line x1="132.8" x2="132.8" y1="334" y2="338"/>
    <text x="121.6" y="352">Jul</text>
    <line x1="205.7" x2="205.7" y1="334" y2="338"/>
    <text x="176" y="352">Jan 2016</text>
    <line x1="277.9" x2="277.9" y1="334" y2="338"/>
    <text x="266.7" y="352">Jul</text>
    <line x1="350.8" x2="350.8" y1="334" y2="338"/>
    <text x="321.1" y="352">Jan 2017</text>
    <line x1="422.6" x2="422.6" y1="334" y2="338"/>
    <text x="411.5" y="352">Jul</text>
    <line x1="495.6" x2="495.6" y1="334" y2="338"/>
    <text x="465.8" y="352">Jan 2018</text>
    <line x1="567.3" x2="567.3" y1="334" y2="338"/>
    <text x="556.2" y="352">Jul</text>
  </g>
  <g aria-hidden="true" class="axis y">
    <text text-anchor="end" x="55" y="338.2">0</text>
    <text text-anchor="end" x="55" y="268.7">50,000</text>
    <text text-anchor="end" x="55" y="199.2">100,000</text>
    <text text-anchor="end" x="55" y="129.7">150,000</text>
    <text text-anchor="end" x="55" y="60.2">200,000</text>
  </g>
  <g class="events">
    <g aria-label="Event: Hungary seals its border with Serbia, Sep 15, 2015" class="event" data-event="hungary-serbia-border" role="button" tabindex="0">
      <line class="rule" x1="162.9" x2="162.9" y1="6" y2="334"/>
      <text x="168.9" y="16">Hungary seals its border with…</text>
      <rect class="hit" height="16" width="235.2" x="159.9" y="4"/>
      <rect class="focus-ring" height="330" rx="2" width="235.2" x="159.9" y="4"/>
    </g>
    <g aria-label="Event: Hungary closes its border with Croatia; the route turns to Slovenia, Oct 17, 2015" class="event" data-event="hungary-croatia-border" role="button" tabindex="0">
      <line class="rule" x1="175.6" x2="175.6" y1="22" y2="334"/>
      <text x="181.6" y="32">Hungary closes its border with…</text>
      <rect class="hit" height="16" width="242.6" x="172.6" y="20"/>
      <rect class="focus-ring" height="314" rx="2" width="242.6" x="172.6" y="20"/>
    </g>
    <g aria-label="Event: Record day at Preševo: 6,500 people registered, Oct 21, 2015" class="event" data-event="presevo-record" role="button" tabindex="0">
      <line class="rule" x1="177.2" x2="177.2" y1="38" y2="334"/>
      <text x="183.2" y="48">Record day at Preševo: 6,500…</text>
      <rect class="hit" height="16" width="227.8" x="174.2" y="36"/>
      <rect class="focus-ring" height="298" rx="2" width="227.8" x="174.2" y="36"/>
    </g>
    <g aria-label="Event: Only Syrians, Afghans and Iraqis allowed onto trains at Šid, Nov 23, 2015" class="event" data-event="sid-screening" role="button" tabindex="0">
      <line class="rule" x1="190.3" x2="190.3" y1="56" y2="334"/>
      <rect class="hit" height="6" width="6" x="187.3" y="54"/>
      <rect class="focus-ring" height="280" rx="2" width="6" x="187.3" y="54"/>
    </g>
    <g aria-label="Event: Police chiefs of Austria, Slovenia, Croatia, Serbia and North Macedonia agree joint registration and entry procedures, Feb 18, 2016" class="event" data-event="police-chiefs" role="button" tabindex="0">
      <line class="rule" x1="224.8" x2="224.8" y1="56" y2="334"/>
      <rect class="hit" height="6" width="6" x="221.8" y="54"/>
      <rect class="focus-ring" height="280" rx="2" width="6" x="221.8" y="54"/>
    </g>
    <g aria-label="Event: At Miratovac, Serbia admits only Syrians and Iraqis with documents, Feb 19, 2016" class="event" data-event="miratovac" role="button" tabindex="0">
      <line class="rule" x1="225.2" x2="225.2" y1="56" y2="334"/>
      <rect class="hit" height="6" width="6" x="222.2" y="54"/>
      <rect class="focus-ring" height="280" rx="2" width="6" x="222.2" y="54"/>
    </g>
    <g aria-label="Event: The Western Balkan route closes, Mar 8, 2016" class="event" data-event="route-closes" role="button" tabindex="0">
      <line class="rule" x1="232.3" x2="232.3" y1="56" y2="334"/>
      <rect class="hit" height="6" width="6" x="229.3" y="54"/>
      <rect class="focus-ring" height="280" rx="2" width="6" x="229.3" y="54"/>
    </g>
    <g aria-label="Event: EU–Turkey Statement, Mar 18 – 20, 2016" class="event" data-event="eu-turkey-statement" role="button" tabindex="0">
      <rect class="band" height="278" width="1.1" x="236.3" y="56"/>
      <line class="rule" x1="236.3" x2="236.3" y1="56" y2="334"/>
      <rect class="hit" height="6" width="7.1" x="233.3" y="54"/>
      <rect class="focus-ring" height="280" rx="2" width="7.1" x="233.3" y="54"/>
    </g>
  </g>
  <g aria-hidden="true" pointer-events="none"/>
</svg>
`;
/* end snapshot flow-timeline-serbia-640 */

snapshots["flow-timeline-serbia-stacked-400"] = 
`<svg class="stacked" height="240" viewBox="0 0 400 240" width="400">
  <g aria-hidden="true" class="grid">
    <line class="zero" x1="75" x2="388" y1="216" y2="216"/>
    <line x1="75" x2="388" y1="172" y2="172"/>
    <line x1="75" x2="388" y1="128" y2="128"/>
    <line x1="75" x2="388" y1="84" y2="84"/>
    <line x1="75" x2="388" y1="40" y2="40"/>
  </g>
  <g aria-hidden="true" class="layer animate">
    <g class="series" data-series="intentions" style="--c: var(--_series-1);">
      <path class="area" d="M114.6,190.4L121.4,183.3L128.2,171.1L134.8,57.3L134.8,216L128.2,216L121.4,216L114.6,216ZM148.1,134.3L154.9,215.6L154.9,216L148.1,216ZM201.5,214.3L208.3,215.2L208.3,216L201.5,216ZM228.2,215L235,215.5L241.8,215.6L247.9,215.4L247.9,216L241.8,216L235,216L228.2,216ZM261.3,215.5L268.1,215.7L274.6,215.7L281.4,215.8L281.4,216L274.6,216L268.1,216L261.3,216ZM294.8,215.4L301.5,215.5L308.1,215.6L314.9,215.6L321.7,215.5L327.8,215.4L334.6,215.4L341.2,215.5L347.9,215.3L354.5,215.1L361.3,215.2L368.1,215.4L374.6,215.4L381.4,215.3L388,215.3L388,216L381.4,216L374.6,216L368.1,216L361.3,216L354.5,216L347.9,216L341.2,216L334.6,216L327.8,216L321.7,216L314.9,216L308.1,216L301.5,216L294.8,216Z"/>
      <path class="area estimate" d="M134.8,57.3L141.5,83.9L148.1,134.3L148.1,216L141.5,216L134.8,216ZM188.2,215L194.7,214.6L201.5,214.3L201.5,216L194.7,216L188.2,216Z"/>
      <path class="line" d="M114.6,190.4L121.4,183.3L128.2,171.1L134.8,57.3M148.1,134.3L154.9,215.6M201.5,214.3L208.3,215.2M228.2,215L235,215.5L241.8,215.6L247.9,215.4M261.3,215.5L268.1,215.7L274.6,215.7L281.4,215.8M294.8,215.4L301.5,215.5L308.1,215.6L314.9,215.6L321.7,215.5L327.8,215.4L334.6,215.4L341.2,215.5L347.9,215.3L354.5,215.1L361.3,215.2L368.1,215.4L374.6,215.4L381.4,215.3L388,215.3"/>
      <path class="line estimate" d="M134.8,57.3L141.5,83.9L148.1,134.3M188.2,215L194.7,214.6L201.5,214.3"/>
    </g>
    <g class="series" data-series="arrivals-encountered" style="--c: var(--_series-2);">
      <path class="area" d="M294.8,214.5L301.5,215L308.1,215.2L308.1,215.6L301.5,215.5L294.8,215.4Z"/>
      <path class="line" d="M294.8,214.5L301.5,215L308.1,215.2"/>
    </g>
  </g>
  <g aria-hidden="true" class="axis x">
    <line x1="75" x2="388" y1="216" y2="216"/>
    <line x1="75" x2="75" y1="216" y2="220"/>
    <text x="56.4" y="234">2015.</text>
    <line x1="154.9" x2="154.9" y1="216" y2="220"/>
    <text x="136.3" y="234">2016.</text>
    <line x1="235" x2="235" y1="216" y2="220"/>
    <text x="216.4" y="234">2017.</text>
    <line x1="314.9" x2="314.9" y1="216" y2="220"/>
    <text x="296.3" y="234">2018.</text>
  </g>
  <g aria-hidden="true" class="axis y">
    <text text-anchor="end" x="69" y="220.2">0</text>
    <text text-anchor="end" x="69" y="176.2">50 hilj.</text>
    <text text-anchor="end" x="69" y="132.2">100 hilj.</text>
    <text text-anchor="end" x="69" y="88.2">150 hilj.</text>
    <text text-anchor="end" x="69" y="44.2">200 hilj.</text>
  </g>
  <g class="events">
    <g aria-label="Događaj: Mađarska zatvara granicu sa Srbijom, 15. sep 2015." class="event" data-event="hungary-serbia-border" role="button" tabindex="0">
      <line class="rule" x1="131.3" x2="131.3" y1="6" y2="216"/>
      <text x="137.3" y="16">Mađarska zatvara granicu sa…</text>
      <rect class="hit" height="16" width="220.3" x="128.3" y="4"/>
      <rect class="focus-ring" height="212" rx="2" width="220.3" x="128.3" y="4"/>
    </g>
    <g aria-label="Događaj: Mađarska zatvara granicu sa Hrvatskom; ruta skreće ka Sloveniji, 17. okt 2015." class="event" data-event="hungary-croatia-border" role="button" tabindex="0">
      <line class="rule" x1="138.3" x2="138.3" y1="22" y2="216"/>
      <text x="144.3" y="32">Mađarska zatvara granicu sa…</text>
      <rect class="hit" height="16" width="220.3" x="135.3" y="20"/>
      <rect class="focus-ring" height="196" rx="2" width="220.3" x="135.3" y="20"/>
    </g>
    <g aria-label="Događaj: Rekordan dan u Preševu: registrovano 6.500 ljudi, 21. okt 2015." class="event" data-event="presevo-record" role="button" tabindex="0">
      <line class="rule" x1="139.1" x2="139.1" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6" x="136.1" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6" x="136.1" y="38"/>
    </g>
    <g aria-label="Događaj: U Šidu se u vozove puštaju samo Sirijci, Avganistanci i Iračani, 23. nov 2015." class="event" data-event="sid-screening" role="button" tabindex="0">
      <line class="rule" x1="146.4" x2="146.4" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6" x="143.4" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6" x="143.4" y="38"/>
    </g>
    <g aria-label="Događaj: Šefovi policija Austrije, Slovenije, Hrvatske, Srbije i Severne Makedonije dogovaraju zajedničke procedure registracije i ulaska, 18. feb 2016." class="event" data-event="police-chiefs" role="button" tabindex="0">
      <line class="rule" x1="165.4" x2="165.4" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6" x="162.4" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6" x="162.4" y="38"/>
    </g>
    <g aria-label="Događaj: Na Miratovcu Srbija propušta samo Sirijce i Iračane sa dokumentima, 19. feb 2016." class="event" data-event="miratovac" role="button" tabindex="0">
      <line class="rule" x1="165.6" x2="165.6" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6" x="162.6" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6" x="162.6" y="38"/>
    </g>
    <g aria-label="Događaj: Zatvara se zapadnobalkanska ruta, 8. mar 2016." class="event" data-event="route-closes" role="button" tabindex="0">
      <line class="rule" x1="169.6" x2="169.6" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6" x="166.6" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6" x="166.6" y="38"/>
    </g>
    <g aria-label="Događaj: Izjava EU i Turske, 18.–20. mar 2016." class="event" data-event="eu-turkey-statement" role="button" tabindex="0">
      <rect class="band" height="176" width="1" x="171.7" y="40"/>
      <line class="rule" x1="171.7" x2="171.7" y1="40" y2="216"/>
      <rect class="hit" height="6" width="6.7" x="168.7" y="38"/>
      <rect class="focus-ring" height="178" rx="2" width="6.7" x="168.7" y="38"/>
    </g>
  </g>
  <g aria-hidden="true" pointer-events="none"/>
</svg>
`;
/* end snapshot flow-timeline-serbia-stacked-400 */

